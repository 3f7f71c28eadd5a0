#pragma once

#include <QLabel>

namespace axion {

// The PAPER / LIVE badge of the toolbar. Live is loud on purpose: real money is at stake.
class ModeBadge : public QLabel {
    Q_OBJECT

public:
    enum class Mode { Paper, Live };

    explicit ModeBadge(QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

Q_SIGNALS:
    void modeChanged(axion::ModeBadge::Mode mode);

private:
    Mode m_mode = Mode::Paper;
    void restyle();
};

} // namespace axion
