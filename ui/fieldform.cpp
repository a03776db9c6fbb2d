#include "fieldform.h"

#include "errorbanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A word-wrapped label in a form row takes the field column's whole width, as the inputs
// above it do; left at its size hint it wraps after a few words.
void growAcross(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy(); // keeps height-for-width
    policy.setHorizontalPolicy(QSizePolicy::Expanding);
    label->setSizePolicy(policy);
}

// The widgets of a row that Tab stops at, in order: the input, and e.g. a Show check box.
QWidgetList tabStopsOf(QWidget *rowWidget)
{
    if (rowWidget->focusPolicy() & Qt::TabFocus)
        return {rowWidget};
    QWidgetList stops;
    for (QWidget *child : rowWidget->findChildren<QWidget *>())
        if (child->focusPolicy() & Qt::TabFocus)
            stops << child;
    return stops;
}

} // namespace

FieldForm::FieldForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout)
    , m_note(new QLabel(this))
    , m_advancedButton(new QToolButton(this))
    , m_advancedBox(new QWidget(this))
    , m_advancedLayout(new QFormLayout(m_advancedBox))
{
    for (QFormLayout *form : {m_layout, m_advancedLayout}) {
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    }
    m_note->setObjectName(QStringLiteral("fieldsNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy a report name
    m_note->setStyleSheet(QStringLiteral("#fieldsNote { background: #eef4fb; color: #17324d; "
                                         "border: 1px solid #c4d7ec; border-radius: 4px; "
                                         "padding: 6px; }"));
    m_note->hide();

    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setText(tr("&Advanced"));
    m_advancedButton->setToolTip(tr("Settings that most accounts can leave as they are"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setFocusPolicy(Qt::StrongFocus);
    m_advancedButton->hide();
    m_advancedBox->setObjectName(QStringLiteral("advancedBox"));
    m_advancedBox->hide();
    connect(m_advancedButton, &QToolButton::toggled, this, &FieldForm::setAdvancedShown);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_layout);
    layout->addWidget(m_note);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    layout->addWidget(m_advancedBox);
}

QWidget *FieldForm::createInput(const FieldDescriptor &field, QWidget *&rowWidget)
{
    switch (field.kind) {
    case FieldDescriptor::Kind::Text: {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(field.placeholder);
        edit->setText(field.defaultValue.toString());
        connect(edit, &QLineEdit::textChanged, this, [this, edit] { markEditedIfFocused(edit); });
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
        show->setAccessibleName(tr("Show %1").arg(field.plainLabel()));
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
        connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo] { markEditedIfFocused(combo); });
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldForm::changed);
        rowWidget = combo;
        return combo;
    }
    case FieldDescriptor::Kind::Number: {
        auto *spin = new QSpinBox(this);
        spin->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        spin->setRange(field.minimum, field.maximum);
        spin->setValue(field.defaultValue.toInt());
        // The number counts once typed (Enter, Tab, Next): emptied, the field goes back to
        // the number it had rather than keep the digit left on the way there ("30" → "3").
        spin->setKeyboardTracking(false);
        spin->setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
        // Committed as the focus leaves, so not "if focused": any change not made by this
        // form is the admin's.
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
            if (!m_applyingDefaults)
                markEdited(spin);
        });
        connect(spin, &QSpinBox::valueChanged, this, &FieldForm::changed);
        rowWidget = spin;
        return spin;
    }
    case FieldDescriptor::Kind::Bool: {
        auto *check = new QCheckBox(field.label, this);
        check->setChecked(field.defaultValue.toBool());
        connect(check, &QCheckBox::toggled, this, [this, check] { markEditedIfFocused(check); });
        connect(check, &QCheckBox::toggled, this, &FieldForm::changed);
        rowWidget = check;
        return check;
    }
    }
    return nullptr;
}

void FieldForm::setFields(const FieldDescriptors &fields)
{
    for (QFormLayout *form : {m_layout, m_advancedLayout})
        while (form->rowCount() > 0)
            form->removeRow(0);
    m_rows.clear();
    m_fields = fields;

    bool anyAdvanced = false;
    for (const FieldDescriptor &field : fields) {
        QFormLayout *form = field.advanced ? m_advancedLayout : m_layout;
        anyAdvanced |= field.advanced;
        Row row;
        row.field = field;
        row.input = createInput(field, row.rowWidget);
        row.input->setObjectName(QStringLiteral("field_") + field.key);
        row.input->setAccessibleName(field.plainLabel());
        if (!field.helpText.isEmpty())
            row.input->setAccessibleDescription(field.helpText);

        // Help and problem are rows of their own: QFormLayout gives word-wrapped labels the
        // height they need only when they are its direct items.
        if (field.kind == FieldDescriptor::Kind::Bool) {
            form->addRow(row.rowWidget);
        } else {
            row.label = new QLabel(field.required ? field.label
                                                  //: %1 is the label of a field that may stay empty
                                                  : tr("%1 (optional)").arg(field.label),
                this);
            row.label->setBuddy(row.input);
            form->addRow(row.label, row.rowWidget);
        }
        if (!field.helpText.isEmpty()) {
            auto *help = new QLabel(field.helpText, this);
            help->setWordWrap(true);
            help->setForegroundRole(QPalette::PlaceholderText);
            growAcross(help);
            form->addRow(static_cast<QWidget *>(nullptr), help);
        }
        row.problem = new ErrorBanner(this);
        row.problem->setObjectName(QStringLiteral("problem_") + field.key);
        row.problem->describe(row.input);
        form->addRow(static_cast<QWidget *>(nullptr), row.problem);
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
    m_advancedButton->setVisible(anyAdvanced);
    setAdvancedShown(false); // every new form starts with the short version
    alignLabels();
    chainTabOrder();
}

void FieldForm::alignLabels()
{
    // Two form layouts, one column of labels: the fields line up when Advanced opens.
    int width = 0;
    for (const Row &row : std::as_const(m_rows))
        if (row.label)
            width = qMax(width, row.label->sizeHint().width());
    for (const Row &row : std::as_const(m_rows))
        if (row.label)
            row.label->setMinimumWidth(width);
}

void FieldForm::chainTabOrder()
{
    // Basic fields, the Advanced button, then the advanced fields: the order they are seen in.
    QWidgetList order;
    for (bool advanced : {false, true}) {
        if (advanced)
            order << m_advancedButton;
        for (const Row &row : std::as_const(m_rows))
            if (row.field.advanced == advanced)
                order << tabStopsOf(row.rowWidget);
    }
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void FieldForm::markEditedIfFocused(QWidget *input)
{
    // The admin changes a field they are in (typing, a key, a choice from its list); defaults
    // and saved values arrive from elsewhere. Before changed(), so what follows sees it.
    if (!m_applyingDefaults && input->hasFocus())
        markEdited(input);
}

void FieldForm::markEdited(QWidget *input)
{
    for (Row &row : m_rows)
        if (row.input == input)
            row.edited = true;
}

bool FieldForm::isEdited(const QString &key) const
{
    for (const Row &row : m_rows)
        if (row.field.key == key)
            return row.edited;
    return false;
}

void FieldForm::applyDefaults(const QVariantMap &defaults)
{
    const QScopedValueRollback applying(m_applyingDefaults, true);
    for (Row &row : m_rows) {
        if (row.edited || row.field.isSecret() || !defaults.contains(row.field.key))
            continue;
        const QVariant value = defaults.value(row.field.key);
        if (auto *combo = qobject_cast<QComboBox *>(row.input); combo && combo->findData(value) < 0)
            continue; // not one of the choices here: keep what is shown
        if (valueOf(row).toString() != value.toString())
            setValueOf(row, value);
    }
}

void FieldForm::markEditedWhereNot(const QVariantMap &defaults)
{
    for (Row &row : m_rows)
        if (defaults.contains(row.field.key)
            && valueOf(row).toString() != defaults.value(row.field.key).toString())
            row.edited = true;
}

void FieldForm::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

bool FieldForm::isAdvancedShown() const
{
    return m_advancedButton->isChecked();
}

void FieldForm::setAdvancedShown(bool shown)
{
    // A field with a problem stays in sight: hidden, it would keep Next disabled with no reason.
    if (!shown) {
        for (Row &row : m_rows) {
            if (row.field.advanced && !row.field.validate(valueOf(row)).isEmpty()) {
                shown = true;
                row.touched = true;
                refreshProblem(row);
            }
        }
    }
    const bool was = m_advancedBox->isVisibleTo(this);
    {
        const QSignalBlocker blocker(m_advancedButton);
        m_advancedButton->setChecked(shown);
    }
    m_advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advancedBox->setVisible(shown);
    if (shown != was)
        emit advancedShownChanged(shown);
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
    const QScopedValueRollback applying(m_applyingDefaults, true); // saved values, not typed
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
    row.problem->setMessage(row.touched ? problem : QString());
}

void FieldForm::showAllProblems()
{
    bool advancedProblem = false;
    for (Row &row : m_rows) {
        row.touched = true;
        refreshProblem(row);
        advancedProblem |= row.field.advanced && !row.problem->message().isEmpty();
    }
    if (advancedProblem)
        setAdvancedShown(true);
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

QWidget *FieldForm::firstSecretInput() const
{
    for (const Row &row : m_rows)
        if (row.field.isSecret())
            return row.input;
    return nullptr;
}
