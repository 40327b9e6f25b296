#pragma once

#include "core/samples/sampleindex.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace qm {

class SamplesFilterModel;

/// The filters of the Samples page, in two rows: the set (rejected, accepted, both), the
/// data directory, the reason, the text; a date range and a CLIP score range ("any" at
/// the bottom of each spin box).
class SampleFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit SampleFilterBar(QWidget *parent = nullptr);

    /// The data directories and reasons offered (besides "all"), keeping the current
    /// choice of each when it is still offered; emits nothing.
    void setChoices(const QList<SampleSource> &sources, const QStringList &reasons);
    /// Sets `filter` to what the bar shows.
    void apply(SamplesFilterModel *filter) const;

public Q_SLOTS:
    /// Puts the cursor in the text filter (Ctrl+F).
    void focusText();

Q_SIGNALS:
    /// A filter was changed by the person.
    void changed();

private:
    QComboBox *m_setCombo = nullptr;
    QComboBox *m_hostCombo = nullptr;
    QComboBox *m_reasonCombo = nullptr;
    QCheckBox *m_dateEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDoubleSpinBox *m_minScore = nullptr;
    QDoubleSpinBox *m_maxScore = nullptr;
    QLineEdit *m_text = nullptr;
};

} // namespace qm
