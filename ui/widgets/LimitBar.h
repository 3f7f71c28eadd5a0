#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

class QPainter;

namespace axion {

// A horizontal "usage against a limit" bar: the fill shows the value, a vertical marker shows the
// limit, and the fill turns amber when the value is above 80 % of the limit and red at or over it.
// The static helpers are shared with LimitBarDelegate and the models, so a gauge, a table cell and
// a row tint always agree on where amber and red begin.
class LimitBar : public QWidget {
    Q_OBJECT

public:
    enum class Level { Normal, Warning, Breach };
    Q_ENUM(Level)

    // Share of the limit above which the bar turns amber.
    static constexpr double kWarningUsage = 0.8;
    // The default scale leaves room past the limit so that a breach is visible as such.
    static constexpr double kDefaultHeadroom = 1.25;

    explicit LimitBar(QWidget* parent = nullptr);

    // value and limit in the same unit (fractions, counts). scaleMax <= 0 means limit x 1.25.
    void setValues(double value, double limit, double scaleMax = 0.0);
    void setText(const QString& text);

    double value() const { return m_value; }
    double limit() const { return m_limit; }
    double usage() const { return usageOf(m_value, m_limit); }
    Level level() const { return levelOf(usage()); }
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // value / limit, 0 when there is no limit.
    static double usageOf(double value, double limit);
    static Level levelOf(double usage);
    // Strong colour of the fill and of "firing"/"over" text.
    static QColor levelColor(Level level);
    // Light row/cell tint; invalid (no tint) for Normal.
    static QColor levelTint(Level level);

    // Paints a bar into rect: fill up to fillFraction of the width (clamped to 0..1), a limit
    // marker at markerFraction (none when outside 0..1), and text right-aligned in a slot of
    // textWidth pixels right of the bar (the text's own width when textWidth <= 0). A fixed slot
    // keeps the bars of a table column equally long.
    static void paint(QPainter* painter, const QRectF& rect, double fillFraction,
                      double markerFraction, Level level, const QString& text,
                      const QPalette& palette, const QFont& font, qreal textWidth = 0.0);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_value = 0.0;
    double m_limit = 0.0;
    double m_scaleMax = 0.0;
    QString m_text;
};

} // namespace axion
