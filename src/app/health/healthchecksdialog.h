#pragma once

#include "core/health/healthcheckset.h"
#include "core/remote/fleetaccess.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace qm {

/// The checks editor of the Health page: the saved checks in a list, the selected one's
/// settings in a form that shows only what its kind reads, a problem line that says what
/// is missing, and Run Now, which runs the check as it stands in the form on its machines
/// and shows the result before anything is saved. Save keeps every check, or none: a
/// check that cannot run as set up is selected with its problem.
class HealthChecksDialog : public QDialog
{
    Q_OBJECT

public:
    /// `fleet` reaches the hosts Run Now tries (its config names them).
    HealthChecksDialog(const QList<SavedHealthCheck> &checks, const FleetAccess &fleet,
                       QWidget *parent = nullptr);
    ~HealthChecksDialog() override;

    /// The checks as edited (after accept()).
    QList<SavedHealthCheck> checks() const { return m_checks; }

    /// Adds a new check and selects it (as the Add button does).
    void addCheck();
    /// Selects the check at `row`.
    void selectCheck(int row);
    /// Why the checks cannot be saved; empty when they can.
    QString problem() const;
    /// Runs the check in the form now (as the Run Now button does).
    void runNow();
    /// The result text of the last Run Now.
    QString runResultText() const;

    void accept() override;

Q_SIGNALS:
    /// A Run Now ended.
    void ranNow();

private:
    void showCheck(int row);
    void storeForm();
    void updateForm();
    SavedHealthCheck formCheck() const;
    void refreshList();

    QList<SavedHealthCheck> m_checks;
    FleetAccess m_fleet;
    int m_current = -1;
    bool m_showing = false;
    QListWidget *m_list;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_hosts;
    QLineEdit *m_file;
    QLineEdit *m_folder;
    QLineEdit *m_pattern;
    QDoubleSpinBox *m_hours;
    QSpinBox *m_minutes;
    QSpinBox *m_lines;
    QSpinBox *m_maxCount;
    QDoubleSpinBox *m_maxMb;
    QDoubleSpinBox *m_maxGb;
    QLineEdit *m_command;
    QLineEdit *m_url;
    QLineEdit *m_tcp;
    QSpinBox *m_timeout;
    QLabel *m_problem;
    QPushButton *m_run;
    QTextBrowser *m_result;
    QPushButton *m_remove;
    QPushButton *m_duplicate;
    bool m_running = false;
};

/// What a check kind is called in the window ("A success line in a log", …).
QString healthCheckKindTitle(HealthCheckKind kind);

} // namespace qm
