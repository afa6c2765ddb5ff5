// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "underline_layer.hpp"

#include "appearance.hpp"
#include "findings_model.hpp"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QQuickTextDocument>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <map>

namespace overture::gui {

namespace {

constexpr qreal kBandHeight = 5; // the band under the line the wave lives in
constexpr qreal kBandAbove = 2;  // the band starts this far above the line's bottom
constexpr qreal kMinWidth = 4;   // a piece over a line break still shows a short wave

constexpr qreal kTileWidth = 8; // two periods of the wave

// The wave of one colour, drawn once and repeated along every line piece.
const QImage& waveTile(const QColor& color, qreal dpr) {
    static thread_local std::map<std::pair<QRgb, int>, QImage> tiles;
    QImage& tile = tiles[{color.rgba(), qRound(dpr * 100)}];
    if (tile.isNull()) {
        tile = QImage(QSize(qCeil(kTileWidth * dpr), qCeil(kBandHeight * dpr)),
                      QImage::Format_ARGB32_Premultiplied);
        tile.setDevicePixelRatio(dpr);
        tile.fill(Qt::transparent);
        QPainter p(&tile);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, 1.3, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        // A zigzag of period 4 px in the band's lower 3 px; begun before the tile and
        // ended after it, so that repeated tiles join without a seam.
        QPainterPath wave(QPointF(-2, 1.0));
        int step = 0;
        for (qreal x = 0; x <= kTileWidth + 2; x += 2, ++step)
            wave.lineTo(x, step % 2 == 0 ? 3.8 : 1.0);
        p.drawPath(wave);
    }
    return tile;
}

QColor colorOf(const Appearance* theme, const FindingRow& row) {
    if (theme == nullptr)
        return Qt::red;
    return theme->severityColor(row.severity, row.rule);
}

} // namespace

UnderlineLayer::UnderlineLayer(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setAntialiasing(true);
    setFillColor(Qt::transparent);
    // Clicks and hovers belong to the text underneath.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void UnderlineLayer::setTextItem(QQuickItem* item) {
    if (item == textItem_)
        return;
    if (textItem_)
        disconnect(textItem_, nullptr, this, nullptr);
    textItem_ = item;
    if (textItem_) {
        // Rewrapped or restyled text moves the waves without any new finding.
        connect(textItem_, &QQuickItem::widthChanged, this, &UnderlineLayer::relayout);
        connect(textItem_, &QQuickItem::heightChanged, this, &UnderlineLayer::relayout);
        if (QTextDocument* doc = document())
            connect(doc->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
                    &UnderlineLayer::relayout);
        for (const char* signal : {SIGNAL(fontChanged(QFont)), SIGNAL(contentSizeChanged())})
            if (textItem_->metaObject()->indexOfSignal(
                    QMetaObject::normalizedSignature(signal + 1).constData()) >= 0)
                connect(textItem_, signal, this, SLOT(relayout()));
    }
    watchViewport();
    relayout();
    emit textItemChanged();
}

void UnderlineLayer::setFindings(FindingsModel* model) {
    if (model == findings_)
        return;
    if (findings_)
        disconnect(findings_, nullptr, this, nullptr);
    findings_ = model;
    if (findings_) {
        connect(findings_, &QAbstractItemModel::dataChanged, this, &UnderlineLayer::findingsEdited);
        connect(findings_, &QAbstractItemModel::rowsInserted, this,
                &UnderlineLayer::findingsEdited);
        connect(findings_, &QAbstractItemModel::rowsRemoved, this, &UnderlineLayer::findingsEdited);
        connect(findings_, &QAbstractItemModel::modelReset, this, &UnderlineLayer::findingsEdited);
    }
    findingsEdited();
    emit findingsChanged();
}

void UnderlineLayer::setTheme(Appearance* theme) {
    if (theme == theme_)
        return;
    if (theme_)
        disconnect(theme_, nullptr, this, nullptr);
    theme_ = theme;
    if (theme_)
        connect(theme_, &Appearance::colorsChanged, this, &UnderlineLayer::relayout);
    relayout();
    emit themeChanged();
}

void UnderlineLayer::itemChange(ItemChange change, const ItemChangeData& value) {
    if (change == ItemParentHasChanged || change == ItemSceneChange)
        watchViewport();
    QQuickPaintedItem::itemChange(change, value);
}

void UnderlineLayer::watchViewport() {
    // The nearest ancestor that scrolls (a Flickable: it has contentY): when it scrolls,
    // other lines become visible and get their waves.
    QQuickItem* found = nullptr;
    for (QQuickItem* p = parentItem(); p != nullptr; p = p->parentItem())
        if (p->metaObject()->indexOfProperty("contentY") >= 0 &&
            p->metaObject()->indexOfProperty("flickableDirection") >= 0) {
            found = p;
            break;
        }
    if (found == viewport_)
        return;
    if (viewport_)
        disconnect(viewport_, nullptr, this, nullptr);
    viewport_ = found;
    if (viewport_) {
        connect(viewport_, SIGNAL(contentYChanged()), this, SLOT(relayout()));
        connect(viewport_, SIGNAL(contentXChanged()), this, SLOT(relayout()));
        connect(viewport_, &QQuickItem::heightChanged, this, &UnderlineLayer::relayout);
    }
}

void UnderlineLayer::findingsEdited() {
    ++findingsRevision_;
    relayout();
}

void UnderlineLayer::relayout() {
    segmentsDirty_ = true;
    polish();
}

QTextDocument* UnderlineLayer::document() const {
    if (!textItem_)
        return nullptr;
    auto* quickDoc = textItem_->property("textDocument").value<QQuickTextDocument*>();
    return quickDoc != nullptr ? quickDoc->textDocument() : nullptr;
}

QRectF UnderlineLayer::visibleArea() const {
    if (!textItem_)
        return {};
    QRectF area = textItem_->boundingRect();
    if (viewport_)
        area &= textItem_->mapRectFromItem(viewport_, viewport_->boundingRect());
    return area;
}

void UnderlineLayer::addSegments(QTextDocument* doc, int start, int end, const QRectF& visibleDoc,
                                 const QPointF& offset, const QColor& color,
                                 std::vector<Segment>& out) const {
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    for (QTextBlock block = doc->findBlock(start); block.isValid() && block.position() <= end;
         block = block.next()) {
        const QRectF blockRect = layout->blockBoundingRect(block);
        if (blockRect.top() > visibleDoc.bottom())
            break;
        if (blockRect.bottom() < visibleDoc.top())
            continue;
        const QTextLayout* lines = block.layout();
        const int from = std::max(start, block.position()) - block.position();
        const int to = std::min(end, block.position() + block.length() - 1) - block.position();
        for (int i = lines->lineForTextPosition(from).lineNumber();
             i >= 0 && i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            if (line.textStart() > to)
                break;
            const qreal bottom = blockRect.top() + line.y() + line.height();
            if (bottom < visibleDoc.top())
                continue;
            if (bottom - line.height() > visibleDoc.bottom())
                break;
            const int a = std::max(from, line.textStart());
            const int z = std::min(to, line.textStart() + line.textLength());
            const qreal x1 = line.cursorToX(a);
            const qreal x2 = line.cursorToX(z);
            if (x2 <= x1 && z > a)
                continue;
            const QRectF band(blockRect.left() + std::min(x1, x2) + offset.x(),
                              bottom - kBandAbove + offset.y(),
                              std::max(kMinWidth, std::abs(x2 - x1)), kBandHeight);
            out.push_back({band, color});
        }
    }
}

QPointF UnderlineLayer::documentOffset(QTextDocument* doc) const {
    QRectF inItem;
    QMetaObject::invokeMethod(textItem_, "positionToRectangle", Q_RETURN_ARG(QRectF, inItem),
                              Q_ARG(int, 0));
    const QTextBlock block = doc->begin();
    const QRectF blockRect = doc->documentLayout()->blockBoundingRect(block);
    QPointF inDoc = blockRect.topLeft();
    if (block.layout() != nullptr && block.layout()->lineCount() > 0) {
        const QTextLine line = block.layout()->lineAt(0);
        inDoc += QPointF(line.cursorToX(0), line.y());
    }
    return inItem.topLeft() - inDoc;
}

void UnderlineLayer::updatePolish() {
    QTextDocument* doc = document();
    segmentsDirty_ = false;
    std::vector<Segment> segments;
    if (doc != nullptr && findings_ && textItem_ && findings_->count() > 0) {
        const int size = doc->characterCount() - 1;
        const QPointF offset = documentOffset(doc);
        const QRectF visibleDoc = visibleArea().translated(-offset);
        // Only the characters on visible lines are looked at.
        const int firstVisible =
            std::max(0, doc->documentLayout()->hitTest(visibleDoc.topLeft(), Qt::FuzzyHit));
        int lastVisible = doc->documentLayout()->hitTest(visibleDoc.bottomRight(), Qt::FuzzyHit);
        lastVisible = lastVisible < 0 ? size : std::min(size, lastVisible + 1);
        for (const FindingRow& row : findings_->rows()) {
            if (!row.underlined)
                continue;
            const QColor color = colorOf(theme_, row);
            for (const TextRange& r : row.ranges) {
                const int s = std::max(r.start, firstVisible);
                const int e = std::min({r.end, lastVisible, size});
                if (e <= s || r.end <= r.start)
                    continue;
                addSegments(doc, s, e, visibleDoc, offset, color, segments);
            }
        }
    }
    // Cover the visible part of the text, and draw the waves relative to it.
    const QRectF area = visibleArea();
    if (textItem_ && parentItem() == textItem_) {
        setPosition(area.topLeft());
        setSize(area.size());
    }
    for (Segment& s : segments)
        s.rect.translate(-position());
    segments_ = std::move(segments);
    polishedRevision_ = findingsRevision_;
    update();
    emit segmentsChanged();
}

void UnderlineLayer::paint(QPainter* painter) {
    // Stroking a zigzag path per line cost 60 ms for a screenful of over-limit text; an
    // antialiased tile per colour, repeated, costs a blit.
    const qreal dpr = painter->device() != nullptr ? painter->device()->devicePixelRatio() : 1.0;
    for (const Segment& s : segments_) {
        // A texture brush tiles the image from the brush origin: the piece's left edge.
        painter->setBrushOrigin(s.rect.topLeft());
        painter->fillRect(s.rect, QBrush(waveTile(s.color, dpr)));
    }
    if (paintedRevision_ != polishedRevision_) {
        paintedRevision_ = polishedRevision_;
        // Told on the GUI thread after the frame (paint() may run on the render thread).
        QMetaObject::invokeMethod(this, &UnderlineLayer::painted, Qt::QueuedConnection);
    }
}

QVariantList UnderlineLayer::segmentsOf(int start, int end) {
    QVariantList out;
    QTextDocument* doc = document();
    if (doc == nullptr || !textItem_)
        return out;
    std::vector<Segment> segments;
    const QPointF offset = documentOffset(doc);
    addSegments(doc, start, end, visibleArea().translated(-offset), offset, Qt::red, segments);
    for (const Segment& s : segments)
        out.push_back(s.rect);
    return out;
}

} // namespace overture::gui
