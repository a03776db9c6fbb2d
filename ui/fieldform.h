#pragma once

#include "api/fielddescriptor.h"

#include <QMap>
#include <QVariantMap>
#include <QWidget>

class ErrorBanner;
class QFormLayout;
class QLabel;
class QToolButton;

// A form built from a connector's field descriptors: one input per field, its help below,
// and an inline message when the value does not pass the descriptor's validation. Advanced
// fields wait behind a collapsed Advanced button; a note (what to do in the ACD for these
// values) sits between the fields and that button.
class FieldForm : public QWidget
{
    Q_OBJECT
public:
    explicit FieldForm(QWidget *parent = nullptr);

    void setFields(const FieldDescriptors &fields);
    FieldDescriptors fields() const { return m_fields; }

    QVariantMap values() const; // non-secret fields
    QMap<QString, QString> secrets() const;
    void setValues(const QVariantMap &values);
    void clearSecrets();
    // Puts each default in its field unless the admin has edited that field (typed, chose).
    void applyDefaults(const QVariantMap &defaults);
    // Counts a field as edited when its value is not its default here (a stored value the
    // admin chose once): for forms that start from saved values.
    void markEditedWhereNot(const QVariantMap &defaults);
    bool isEdited(const QString &key) const;
    void setNote(const QString &text); // empty hides it

    bool isAdvancedShown() const;
    void setAdvancedShown(bool shown);
    QToolButton *advancedButton() const { return m_advancedButton; }
    QWidget *advancedBox() const { return m_advancedBox; }

    bool isValid() const;
    // Shows each field's problem under it; problems of untouched fields stay hidden until
    // showAllProblems() (e.g. when the user tries to move on).
    void showAllProblems();
    QWidget *inputFor(const QString &key) const;
    QWidget *firstInput() const;
    QWidget *firstSecretInput() const; // the password, say

signals:
    void changed();
    void advancedShownChanged(bool shown);

private:
    struct Row
    {
        FieldDescriptor field;
        QWidget *input = nullptr;
        ErrorBanner *problem = nullptr;
        QLabel *label = nullptr;
        QWidget *rowWidget = nullptr;
        bool touched = false;
        bool edited = false; // by the admin, so defaults no longer follow other values
    };
    QVariant valueOf(const Row &row) const;
    void setValueOf(Row &row, const QVariant &value);
    void refreshProblem(Row &row);
    QWidget *createInput(const FieldDescriptor &field, QWidget *&rowWidget);
    void markEditedIfFocused(QWidget *input);
    void markEdited(QWidget *input);
    void alignLabels();
    void chainTabOrder();

    FieldDescriptors m_fields;
    QList<Row> m_rows;
    QFormLayout *m_layout;
    QLabel *m_note;
    QToolButton *m_advancedButton;
    QWidget *m_advancedBox;
    QFormLayout *m_advancedLayout;
    bool m_applyingDefaults = false; // or saved values: not the admin's edits
};
