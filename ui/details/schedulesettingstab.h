#pragma once

#include <QWidget>

class IntegrationService;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// How often an integration imports (15, 30 or 60 minutes) and how far back its first import
// reaches (up to what the connector allows). Saved with Save; takes effect at the next run.
class ScheduleSettingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleSettingsTab(IntegrationService &service, QWidget *parent = nullptr);

    void setIntegration(const QString &id);
    QComboBox *frequency() const { return m_frequency; }
    QSpinBox *backfill() const { return m_backfill; }
    QPushButton *saveButton() const { return m_save; }

private:
    void load();
    void updateButtons();
    void save();

    IntegrationService &m_service;
    QString m_id;
    QComboBox *m_frequency;
    QSpinBox *m_backfill;
    QLabel *m_backfillNote;
    QLabel *m_savedNote;
    QPushButton *m_save;
    QPushButton *m_revert;
};
