#pragma once

#include "api/fielddescriptor.h"
#include "wizard/integrationwizardpage.h"

class FieldForm;
class QLabel;
class QScrollArea;

// Steps 3 and 4: the connector's credential fields, or its own details, built from its field
// descriptors. The wizard collects the values of both (AddIntegrationWizard::settings()).
// Defaults and the Details note follow the values as the connector says (derivedDefaults,
// detailsNote).
class FieldsPage : public IntegrationWizardPage
{
    Q_OBJECT
public:
    explicit FieldsPage(FieldDescriptor::Section section);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    FieldForm *form() const { return m_form; }
    // After a refused sign-in: the password, selected, so typing replaces it.
    void focusFirstSecret();
    QScrollArea *scrollArea() const { return m_scroll; }

private:
    void followValues();
    void revealAdvanced();

    FieldDescriptor::Section m_section;
    FieldForm *m_form;
    QLabel *m_intro;
    QScrollArea *m_scroll;
    QString m_builtFor;
};
