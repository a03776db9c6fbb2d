#pragma once

#include "api/fielddescriptor.h"

#include <QMap>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;

// A form built from a connector's field descriptors: one input per field, its help below,
// and an inline message when the value does not pass the descriptor's validation.
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

    bool isValid() const;
    // Shows each field's problem under it; problems of untouched fields stay hidden until
    // showAllProblems() (e.g. when the user tries to move on).
    void showAllProblems();
    QWidget *inputFor(const QString &key) const;
    QWidget *firstInput() const;

signals:
    void changed();

private:
    struct Row
    {
        FieldDescriptor field;
        QWidget *input = nullptr;
        QLabel *problem = nullptr;
        bool touched = false;
    };
    QVariant valueOf(const Row &row) const;
    void setValueOf(Row &row, const QVariant &value);
    void refreshProblem(Row &row);
    QWidget *createInput(const FieldDescriptor &field, QWidget *&rowWidget);

    FieldDescriptors m_fields;
    QList<Row> m_rows;
    QFormLayout *m_layout;
};
