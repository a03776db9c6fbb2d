#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <functional>

// The text of the <return> element of a Five9 answer such as getReportResultCsvResponse,
// handed on piece by piece as the bytes arrive: a report result runs to tens of megabytes,
// and QXmlStreamReader holds a text node whole until its end tag. Only what that answer
// has is read: the envelope up to <return>, character data with XML's entity and
// character references (JAX-WS escapes '<', '&' and friends; it writes no CDATA), then
// </return> and the end of the envelope.
class Five9ReturnText
{
public:
    using Sink = std::function<void(QStringView text)>;

    explicit Five9ReturnText(Sink sink);

    void feed(QByteArrayView bytes);
    // True when the answer held a whole <return> element and ended properly; else *error
    // says what was wrong (cut off, not the expected answer, a bad reference).
    bool finish(QString *error);

private:
    enum class State { Before, Inside, After, Failed };
    void fail(const QString &error);
    void inside(QByteArrayView bytes);
    void emitText(const QString &decoded);

    Sink m_sink;
    State m_state = State::Before;
    QByteArray m_pending; // before <return>: the envelope so far; after it: the rest
    QString m_reference; // an '&…;' reference cut at a piece's end
    QStringDecoder m_utf8 {QStringDecoder::Utf8};
    QString m_error;
};
