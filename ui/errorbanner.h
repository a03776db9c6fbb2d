#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The one way a problem is shown, in the wizard and in every dialog: a tinted box with the
// sentence, and maybe a button that leads to the fix. Hidden while there is no problem. A
// screen reader hears the sentence as it appears, and with the input it is about.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    QString message() const;
    void setMessage(const QString &text); // empty hides the banner
    void clear() { setMessage({}); }

    QLabel *label() const { return m_label; }
    // A button beside the sentence, made on first use (e.g. "Change user or password").
    QPushButton *actionButton();
    // The input the problem is about: the sentence becomes its accessible description.
    void describe(QWidget *input);

private:
    QLabel *m_label;
    QPushButton *m_action = nullptr;
    QWidget *m_input = nullptr;
    QString m_inputDescription; // the input's own, restored when the problem is gone
};
