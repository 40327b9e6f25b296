#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace qm {

/// Help › About: the application's version and those of Qt, SQLite and libarchive
/// it runs on, selectable for bug reports.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The versions as shown, one component per line.
    QString versionsText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace qm
