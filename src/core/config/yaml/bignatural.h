#pragma once

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace qm::yaml {

/// Arbitrary-precision non-negative integer, enough for Python's int(): multiply-add in
/// base 10^9.
class BigNatural
{
public:
    void multiplyAdd(quint32 factor, quint32 addend)
    {
        quint64 carry = addend;
        for (quint32 &limb : m_limbs) {
            const quint64 product = quint64(limb) * factor + carry;
            limb = quint32(product % kBase);
            carry = product / kBase;
        }
        while (carry > 0) {
            m_limbs.push_back(quint32(carry % kBase));
            carry /= kBase;
        }
    }
    void add(const BigNatural &other)
    {
        quint64 carry = 0;
        for (size_t i = 0; i < std::max(m_limbs.size(), other.m_limbs.size()) || carry; ++i) {
            if (i == m_limbs.size())
                m_limbs.push_back(0);
            const quint64 sum =
                quint64(m_limbs[i]) + carry + (i < other.m_limbs.size() ? other.m_limbs[i] : 0);
            m_limbs[i] = quint32(sum % kBase);
            carry = sum / kBase;
        }
    }
    QString toDecimal() const
    {
        if (m_limbs.empty())
            return QStringLiteral("0");
        QString text = QString::number(m_limbs.back());
        for (size_t i = m_limbs.size() - 1; i-- > 0;)
            text += QString::number(m_limbs[i]).rightJustified(9, QLatin1Char('0'));
        return text;
    }

private:
    static constexpr quint64 kBase = 1000000000ULL;
    std::vector<quint32> m_limbs;
};

} // namespace qm::yaml
