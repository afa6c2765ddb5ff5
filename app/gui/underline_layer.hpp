// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The coloured wavy underlines under the findings (spelling and errors red, warnings
// amber, hints blue), drawn over the note's TextArea. Qt Quick 6.4 draws no wave from a
// syntax highlighter (a wave format comes out as a straight line in the text colour, and
// underlineColor is ignored), so this item draws them itself, from the findings
// model and the text's own layout:
//
//  - in the same frame as the keystroke: the lint runs on the change, the model tells
//    this item, which lays the waves out in its polish step and paints them in that
//    frame's sync step; nothing is cleared in between (no blank frame);
//  - only what is visible: the item covers the visible part of the text, never the
//    whole of a long one, and a range is clipped to the visible lines before any line
//    is measured, so a 100 KB paste with an over-limit span costs the same as a short
//    note (the old overlay asked positionToRectangle() for every character of the span);
//  - painted with QPainter, so it looks the same with the software renderer (offscreen
//    tests, machines without OpenGL) as with the GPU.
#pragma once

#include "appearance.hpp"
#include "findings_model.hpp"

#include <QColor>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QRectF>
#include <QtQml/qqmlregistration.h>
#include <vector>

class QTextDocument;

namespace overture::gui {

class UnderlineLayer : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    // The TextArea (or TextEdit) whose text is underlined; this item is its child and
    // places itself over the part of it that is visible.
    Q_PROPERTY(QQuickItem* textItem READ textItem WRITE setTextItem NOTIFY textItemChanged FINAL)
    Q_PROPERTY(overture::gui::FindingsModel* findings READ findings WRITE setFindings NOTIFY
                   findingsChanged FINAL)
    Q_PROPERTY(overture::gui::Appearance* theme READ theme WRITE setTheme NOTIFY themeChanged FINAL)
    // How many line pieces carry a wave now (for tests: visible waves only).
    Q_PROPERTY(int segmentCount READ segmentCount NOTIFY segmentsChanged FINAL)
    // Bumped each time the findings change, and when a frame shows the waves of that
    // change (tests and the benchmark compare the two).
    Q_PROPERTY(int findingsRevision READ findingsRevision NOTIFY segmentsChanged FINAL)
    Q_PROPERTY(int paintedRevision READ paintedRevision NOTIFY painted FINAL)

public:
    explicit UnderlineLayer(QQuickItem* parent = nullptr);

    [[nodiscard]] QQuickItem* textItem() const { return textItem_; }
    void setTextItem(QQuickItem* item);
    [[nodiscard]] FindingsModel* findings() const { return findings_; }
    void setFindings(FindingsModel* model);
    [[nodiscard]] Appearance* theme() const { return theme_; }
    void setTheme(Appearance* theme);
    [[nodiscard]] int segmentCount() const { return static_cast<int>(segments_.size()); }
    [[nodiscard]] int findingsRevision() const { return findingsRevision_; }
    [[nodiscard]] int paintedRevision() const { return paintedRevision_; }

    // The rectangles (in the text item's coordinates) the waves of [start, end) occupy
    // within the visible part of the text: for tests.
    Q_INVOKABLE QVariantList segmentsOf(int start, int end);

private slots:
    void relayout(); // the waves must be laid out again before the next frame

signals:
    void textItemChanged();
    void findingsChanged();
    void themeChanged();
    void segmentsChanged();
    void painted();

protected:
    void updatePolish() override;
    void paint(QPainter* painter) override;
    void itemChange(ItemChange change, const ItemChangeData& value) override;

private:
    struct Segment {
        QRectF rect; // the wave's band under one line piece
        QColor color;
    };
    void findingsEdited();
    void watchViewport();
    // Where the document's own coordinates sit in this item (asks the text item once).
    [[nodiscard]] QPointF documentOffset(QTextDocument* doc) const;
    [[nodiscard]] QTextDocument* document() const;
    // The visible part of the text item, in the text item's coordinates.
    [[nodiscard]] QRectF visibleArea() const;
    // Appends the pieces of [start, end) that lie in the visible document area.
    void addSegments(QTextDocument* doc, int start, int end, const QRectF& visibleDoc,
                     const QPointF& offset, const QColor& color, std::vector<Segment>& out) const;

    QPointer<QQuickItem> textItem_;
    QPointer<FindingsModel> findings_;
    QPointer<Appearance> theme_;
    QPointer<QQuickItem> viewport_; // the Flickable the text scrolls in, if any
    std::vector<Segment> segments_;
    int findingsRevision_ = 0;
    int polishedRevision_ = 0;
    int paintedRevision_ = 0;
    bool segmentsDirty_ = true;
};

} // namespace overture::gui
