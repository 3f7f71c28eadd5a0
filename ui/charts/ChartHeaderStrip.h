#pragma once

#include <QString>
#include <QTextDocument>
#include <QWidget>

namespace axion {

// One line of rich text above a chart (ticker, OHLC of the hovered candle, the legend).
// A QLabel would do, but a label whose text changes asks its parent layout to run again, which
// resizes the plot below it and repaints every candle; the strip has a fixed height and only
// repaints itself, so the header can follow the mouse and the live candle at 30 Hz.
class ChartHeaderStrip : public QWidget {
public:
    explicit ChartHeaderStrip(QWidget* parent = nullptr);

    void setHtml(const QString& html);
    QString html() const { return m_html; }
    // The text without markup (for tests and accessibility).
    QString plainText() const { return m_document.toPlainText(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int lineHeight() const;

    QString m_html;
    QTextDocument m_document;
};

} // namespace axion
