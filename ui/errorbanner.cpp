#include "errorbanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setStyleSheet(QStringLiteral("ErrorBanner { background: #fdecea; border: 1px solid #f5c2c0; "
                                 "border-radius: 4px; }"
                                 "QLabel { color: #7a1712; }"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy it into a ticket
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    hide();
}

QString ErrorBanner::message() const
{
    return m_label->text();
}

void ErrorBanner::setMessage(const QString &text)
{
    const bool changed = text != m_label->text() || isHidden() == text.isEmpty();
    m_label->setText(text);
    setVisible(!text.isEmpty());
    if (m_input)
        m_input->setAccessibleDescription(text.isEmpty()
                ? m_inputDescription
                : (m_inputDescription.isEmpty() ? text : text + u' ' + m_inputDescription));
    if (changed && !text.isEmpty() && isVisibleTo(window())) {
        QAccessibleEvent alert(m_label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QPushButton *ErrorBanner::actionButton()
{
    if (!m_action) {
        m_action = new QPushButton(this);
        static_cast<QHBoxLayout *>(layout())->addWidget(m_action, 0, Qt::AlignTop);
    }
    return m_action;
}

void ErrorBanner::describe(QWidget *input)
{
    m_input = input;
    m_inputDescription = input->accessibleDescription();
}
