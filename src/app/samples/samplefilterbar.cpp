#include "samplefilterbar.h"

#include "samplesmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace qm {

SampleFilterBar::SampleFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_setCombo = new QComboBox;
    m_setCombo->setObjectName(QStringLiteral("sampleSetFilter"));
    m_setCombo->addItem(tr("Rejected samples"), int(SampleSet::Rejected));
    m_setCombo->addItem(tr("Accepted outputs"), int(SampleSet::Accepted));
    m_setCombo->addItem(tr("Both"), -1);
    m_hostCombo = new QComboBox;
    m_hostCombo->setObjectName(QStringLiteral("sampleHostFilter"));
    m_hostCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hostCombo->setMinimumContentsLength(12);
    m_reasonCombo = new QComboBox;
    m_reasonCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reasonCombo->setMinimumContentsLength(12);
    m_reasonCombo->setObjectName(QStringLiteral("sampleReasonFilter"));
    m_dateEnabled = new QCheckBox(tr("Made from"));
    m_dateEnabled->setObjectName(QStringLiteral("sampleDateFilter"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(m_dateEnabled, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(edit, &QDateEdit::dateChanged, this, &SampleFilterBar::changed);
    }
    m_from->setObjectName(QStringLiteral("sampleFromDate"));
    m_to->setObjectName(QStringLiteral("sampleToDate"));
    m_minScore = new QDoubleSpinBox;
    m_maxScore = new QDoubleSpinBox;
    for (QDoubleSpinBox *spin : {m_minScore, m_maxScore}) {
        spin->setRange(-0.001, 100);
        spin->setDecimals(3);
        spin->setSingleStep(0.01);
        spin->setSpecialValueText(tr("any"));
        spin->setValue(-0.001);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SampleFilterBar::changed);
    }
    m_minScore->setObjectName(QStringLiteral("sampleMinScore"));
    m_maxScore->setObjectName(QStringLiteral("sampleMaxScore"));
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("sampleTextFilter"));
    m_text->setPlaceholderText(tr("Search file, generation, prompt (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, &SampleFilterBar::changed);
    for (QComboBox *combo : {m_setCombo, m_hostCombo, m_reasonCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &SampleFilterBar::changed);
    connect(m_dateEnabled, &QCheckBox::toggled, this, &SampleFilterBar::changed);
    // Two rows, so that the page fits beside the sidebar on a small screen.
    auto *first = new QHBoxLayout;
    first->addWidget(m_setCombo);
    first->addWidget(m_hostCombo, 1);
    first->addWidget(m_reasonCombo, 1);
    first->addWidget(m_text, 2);
    auto *second = new QHBoxLayout;
    second->addWidget(m_dateEnabled);
    second->addWidget(m_from);
    second->addWidget(new QLabel(tr("to")));
    second->addWidget(m_to);
    second->addSpacing(12);
    second->addWidget(new QLabel(tr("CLIP score")));
    second->addWidget(m_minScore);
    second->addWidget(new QLabel(tr("to")));
    second->addWidget(m_maxScore);
    second->addStretch(1);
    layout->addLayout(first);
    layout->addLayout(second);
}

void SampleFilterBar::setChoices(const QList<SampleSource> &sources, const QStringList &reasons)
{
    const auto refill = [](QComboBox *combo, const QString &anyText, const QStringList &values,
                           const QStringList &texts) {
        const QString kept = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(anyText, QString());
        for (qsizetype i = 0; i < values.size(); ++i)
            combo->addItem(texts[i], values[i]);
        combo->setCurrentIndex(std::max(0, combo->findData(kept)));
    };
    QStringList labels;
    QStringList labelTexts;
    for (const SampleSource &source : sources) {
        labels.append(source.label());
        labelTexts.append(source.host.isEmpty() ? tr("this machine: %1").arg(source.dataDir)
                                                : source.label());
    }
    refill(m_hostCombo, tr("All data directories"), labels, labelTexts);
    refill(m_reasonCombo, tr("All reasons"), reasons, reasons);
}

void SampleFilterBar::apply(SamplesFilterModel *filter) const
{
    const int set = m_setCombo->currentData().toInt();
    filter->setSet(set < 0 ? std::nullopt : std::optional<SampleSet>(SampleSet(set)));
    filter->setHost(m_hostCombo->currentData().toString());
    filter->setReason(m_reasonCombo->currentData().toString());
    if (m_dateEnabled->isChecked())
        filter->setTimeRange(m_from->date().startOfDay().toMSecsSinceEpoch(),
                             m_to->date().endOfDay().toMSecsSinceEpoch());
    else
        filter->setTimeRange(-1, -1);
    const auto bound = [](const QDoubleSpinBox *spin) {
        return spin->value() < 0 ? std::nullopt : std::optional<double>(spin->value());
    };
    filter->setScoreRange(bound(m_minScore), bound(m_maxScore));
    filter->setText(m_text->text());
}

void SampleFilterBar::focusText()
{
    m_text->setFocus();
    m_text->selectAll();
}

} // namespace qm
