#include "five9/five9returntext.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Five9ReturnText", text);
}

// The envelope before <return> is a few hundred bytes; an answer that holds none in this
// many is not the one expected.
constexpr qsizetype MaxEnvelopeBytes = 64 * 1024;
} // namespace

Five9ReturnText::Five9ReturnText(Sink sink)
    : m_sink(std::move(sink))
{
}

void Five9ReturnText::fail(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    m_pending.clear();
}

void Five9ReturnText::feed(QByteArrayView bytes)
{
    switch (m_state) {
    case State::Failed:
        return;
    case State::Before: {
        m_pending.append(bytes);
        qsizetype at = 0;
        while ((at = m_pending.indexOf("<return", at)) >= 0) {
            const qsizetype after = at + 7;
            if (after >= m_pending.size())
                return; // wait for the next character
            const char next = m_pending.at(after);
            if (next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\r'
                || next == '\n')
                break;
            at = after; // e.g. <returnValue>
        }
        if (at < 0) {
            if (m_pending.size() > MaxEnvelopeBytes)
                fail(tr("no <return> element"));
            return;
        }
        const qsizetype close = m_pending.indexOf('>', at);
        if (close < 0)
            return;
        const QByteArray rest = m_pending.mid(close + 1);
        const bool empty = m_pending.at(close - 1) == '/';
        m_pending.clear();
        if (empty) {
            m_state = State::After;
            m_pending = "</return>" + rest; // as if written out
            return;
        }
        m_state = State::Inside;
        inside(rest);
        return;
    }
    case State::Inside:
        inside(bytes);
        return;
    case State::After:
        m_pending.append(bytes);
        if (m_pending.size() > MaxEnvelopeBytes)
            fail(tr("unexpected content after </return>"));
        return;
    }
}

void Five9ReturnText::inside(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf('<');
    emitText(m_utf8(end < 0 ? bytes : bytes.first(end)));
    if (m_state == State::Failed || end < 0)
        return;
    if (!m_reference.isEmpty())
        return fail(tr("a reference ends inside <return>"));
    m_state = State::After;
    m_pending = bytes.sliced(end).toByteArray();
}

void Five9ReturnText::emitText(const QString &decoded)
{
    if (decoded.isEmpty())
        return;
    QString text;
    text.reserve(decoded.size());
    for (const QChar c : decoded) {
        if (m_reference.isEmpty() && c != u'&') {
            text.append(c);
            continue;
        }
        m_reference.append(c);
        if (c != u';') {
            if (m_reference.size() > 12)
                return fail(tr("a malformed reference: %1").arg(m_reference));
            continue;
        }
        const QStringView name = QStringView(m_reference).sliced(1, m_reference.size() - 2);
        if (name == u"amp")
            text.append(u'&');
        else if (name == u"lt")
            text.append(u'<');
        else if (name == u"gt")
            text.append(u'>');
        else if (name == u"quot")
            text.append(u'"');
        else if (name == u"apos")
            text.append(u'\'');
        else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(u"#x") ? name.sliced(2).toUInt(&ok, 16)
                                                     : name.sliced(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF)
                return fail(tr("a malformed reference: %1").arg(m_reference));
            const char32_t point = code;
            text.append(QString::fromUcs4(&point, 1));
        } else {
            return fail(tr("an unknown reference: %1").arg(m_reference));
        }
        m_reference.clear();
    }
    if (!text.isEmpty())
        m_sink(text);
}

bool Five9ReturnText::finish(QString *error)
{
    if (m_state == State::After) {
        const QByteArray tail = m_pending.trimmed();
        if (!tail.startsWith("</return>"))
            fail(tr("<return> holds an element"));
        else if (!tail.endsWith("Envelope>"))
            fail(tr("the answer ends too early"));
        else if (m_utf8.hasError())
            fail(tr("the text is not UTF-8"));
    } else if (m_state != State::Failed) {
        fail(tr("the answer ends too early"));
    }
    if (m_state == State::Failed) {
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}
