#include "fieldform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace {

// A word-wrapped label in a form row takes the field column's whole width, as the inputs
// above it do; left at its size hint it wraps after a few words.
void growAcross(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy(); // keeps height-for-width
    policy.setHorizontalPolicy(QSizePolicy::Expanding);
    label->setSizePolicy(policy);
}

} // namespace

FieldForm::FieldForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

QWidget *FieldForm::createInput(const FieldDescriptor &field, QWidget *&rowWidget)
{
    switch (field.kind) {
    case FieldDescriptor::Kind::Text: {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(field.placeholder);
        edit->setText(field.defaultValue.toString());
        connect(edit, &QLineEdit::textChanged, this, &FieldForm::changed);
        rowWidget = edit;
        return edit;
    }
    case FieldDescriptor::Kind::Secret: {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(field.placeholder);
        edit->setInputMethodHints(
            Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        auto *show = new QCheckBox(tr("Sho&w"), this);
        show->setAccessibleName(tr("Show %1").arg(field.label));
        show->setToolTip(tr("Show the characters as you type them"));
        connect(show, &QCheckBox::toggled, edit,
            [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
        connect(edit, &QLineEdit::textChanged, this, &FieldForm::changed);
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(show);
        rowWidget = box;
        return edit;
    }
    case FieldDescriptor::Kind::Choice: {
        auto *combo = new QComboBox(this);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        for (const FieldChoice &choice : field.choices)
            combo->addItem(choice.label, choice.value);
        combo->setCurrentIndex(qMax(0, combo->findData(field.defaultValue)));
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldForm::changed);
        rowWidget = combo;
        return combo;
    }
    case FieldDescriptor::Kind::Number: {
        auto *spin = new QSpinBox(this);
        spin->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        spin->setRange(field.minimum, field.maximum);
        spin->setValue(field.defaultValue.toInt());
        connect(spin, &QSpinBox::valueChanged, this, &FieldForm::changed);
        rowWidget = spin;
        return spin;
    }
    case FieldDescriptor::Kind::Bool: {
        auto *check = new QCheckBox(field.label, this);
        check->setChecked(field.defaultValue.toBool());
        connect(check, &QCheckBox::toggled, this, &FieldForm::changed);
        rowWidget = check;
        return check;
    }
    }
    return nullptr;
}

void FieldForm::setFields(const FieldDescriptors &fields)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    m_fields = fields;

    for (const FieldDescriptor &field : fields) {
        Row row;
        row.field = field;
        QWidget *rowWidget = nullptr;
        row.input = createInput(field, rowWidget);
        row.input->setObjectName(QStringLiteral("field_") + field.key);
        row.input->setAccessibleName(field.label);
        if (!field.helpText.isEmpty())
            row.input->setAccessibleDescription(field.helpText);

        // Help and problem are rows of their own: QFormLayout gives word-wrapped labels the
        // height they need only when they are its direct items.
        if (field.kind == FieldDescriptor::Kind::Bool) {
            m_layout->addRow(rowWidget);
        } else {
            auto *label
                = new QLabel(field.required ? field.label
                                            //: %1 is the label of a field that may stay empty
                                            : tr("%1 (optional)").arg(field.label),
                    this);
            label->setBuddy(row.input);
            m_layout->addRow(label, rowWidget);
        }
        if (!field.helpText.isEmpty()) {
            auto *help = new QLabel(field.helpText, this);
            help->setWordWrap(true);
            help->setForegroundRole(QPalette::PlaceholderText);
            growAcross(help);
            m_layout->addRow(static_cast<QWidget *>(nullptr), help);
        }
        row.problem = new QLabel(this);
        row.problem->setObjectName(QStringLiteral("problem_") + field.key);
        row.problem->setWordWrap(true);
        row.problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        growAcross(row.problem);
        m_layout->addRow(static_cast<QWidget *>(nullptr), row.problem);
        row.problem->hide();
        m_rows.append(row);
    }
    // Validate as the user types, and show a problem once they have touched the field.
    for (int i = 0; i < m_rows.size(); ++i) {
        connect(this, &FieldForm::changed, m_rows[i].input, [this, i] {
            if (i < m_rows.size() && m_rows[i].input->hasFocus())
                m_rows[i].touched = true;
            if (i < m_rows.size())
                refreshProblem(m_rows[i]);
        });
    }
}

QVariant FieldForm::valueOf(const Row &row) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(row.input))
        return row.field.isSecret() ? edit->text() : edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(row.input))
        return combo->currentData();
    if (auto *spin = qobject_cast<QSpinBox *>(row.input))
        return spin->value();
    if (auto *check = qobject_cast<QCheckBox *>(row.input))
        return check->isChecked();
    return {};
}

void FieldForm::setValueOf(Row &row, const QVariant &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(row.input))
        edit->setText(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(row.input))
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    else if (auto *spin = qobject_cast<QSpinBox *>(row.input))
        spin->setValue(value.toInt());
    else if (auto *check = qobject_cast<QCheckBox *>(row.input))
        check->setChecked(value.toBool());
}

QVariantMap FieldForm::values() const
{
    QVariantMap result;
    for (const Row &row : m_rows)
        if (!row.field.isSecret())
            result.insert(row.field.key, valueOf(row));
    return result;
}

QMap<QString, QString> FieldForm::secrets() const
{
    QMap<QString, QString> result;
    for (const Row &row : m_rows)
        if (row.field.isSecret())
            result.insert(row.field.key, valueOf(row).toString());
    return result;
}

void FieldForm::setValues(const QVariantMap &values)
{
    for (Row &row : m_rows)
        if (!row.field.isSecret() && values.contains(row.field.key))
            setValueOf(row, values.value(row.field.key));
}

void FieldForm::clearSecrets()
{
    for (Row &row : m_rows)
        if (row.field.isSecret())
            setValueOf(row, QString());
}

bool FieldForm::isValid() const
{
    for (const Row &row : m_rows)
        if (!row.field.validate(valueOf(row)).isEmpty())
            return false;
    return true;
}

void FieldForm::refreshProblem(Row &row)
{
    const QString problem = row.field.validate(valueOf(row));
    const bool show = row.touched && !problem.isEmpty();
    row.problem->setText(problem);
    row.problem->setVisible(show);
}

void FieldForm::showAllProblems()
{
    for (Row &row : m_rows) {
        row.touched = true;
        refreshProblem(row);
    }
}

QWidget *FieldForm::inputFor(const QString &key) const
{
    for (const Row &row : m_rows)
        if (row.field.key == key)
            return row.input;
    return nullptr;
}

QWidget *FieldForm::firstInput() const
{
    return m_rows.isEmpty() ? nullptr : m_rows.first().input;
}
