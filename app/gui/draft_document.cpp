#include "draft_document.hpp"

#include "problem_log.hpp"
#include "text/utf8.hpp"
#include "user_settings.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QQuickTextDocument>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace overture::gui {

namespace {
QString startupFile; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): set once by
                     // main()
constexpr int kSaveDelayMs = 1000; // "a second after the last keystroke"
} // namespace

void DraftDocument::setStartupFile(const QString& path) {
    startupFile = path;
}

DraftDocument::DraftDocument(ProblemLog* problems, QObject* parent)
    : QObject(parent), problems_(problems), store_(userDataPath(QStringLiteral("draft.txt"))) {
    saveTimer_.setSingleShot(true);
    saveTimer_.setInterval(kSaveDelayMs);
    connect(&saveTimer_, &QTimer::timeout, this, &DraftDocument::saveNow);
    if (auto* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &DraftDocument::saveNow);
    loadAtStart();
}

DraftDocument::~DraftDocument() {
    if (saveTimer_.isActive())
        saveNow();
}

void DraftDocument::loadAtStart() {
    // The draft: a --draft file, else what was saved, else empty.
    if (!startupFile.isEmpty()) {
        QFile file(startupFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.read(DraftStore::kMaxDraftBytes);
            if (const auto bad = text::findInvalidUtf8(
                    std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))))
                problems_->add(
                    QStringLiteral(
                        "%1: invalid UTF-8 at byte %2; the saved draft was opened instead")
                        .arg(startupFile)
                        .arg(static_cast<qulonglong>(*bad)));
            else
                text_ = QString::fromUtf8(bytes);
        } else {
            problems_->add(
                QStringLiteral("%1: cannot open: %2").arg(startupFile, file.errorString()));
        }
    }
    if (text_.isEmpty()) {
        const DraftStore::Loaded loaded = store_.load();
        problems_->add(loaded.problem);
        text_ = loaded.text;
    }
}

void DraftDocument::setText(const QString& text) {
    if (text == text_)
        return;
    text_ = text;
    emit textChanged();
    saveTimer_.start();
}

bool DraftDocument::saveNow() {
    saveTimer_.stop();
    QString error;
    if (!store_.save(text_, &error)) {
        problems_->add(error);
        return false;
    }
    emit saved();
    return true;
}

bool DraftDocument::replaceRange(QQuickTextDocument* document, int start, int end,
                                 const QString& replacement, const QString& expected) {
    return replaceRanges(document, {TextRange{start, end}}, replacement, expected);
}

bool DraftDocument::replaceRanges(QQuickTextDocument* document,
                                  const std::vector<TextRange>& ranges, const QString& replacement,
                                  const QString& expected) {
    if (document == nullptr || document->textDocument() == nullptr || ranges.empty())
        return false;
    QTextDocument* doc = document->textDocument();
    const int size = doc->characterCount() - 1; // without the final paragraph separator
    QTextCursor cursor(doc);
    for (const TextRange& r : ranges) {
        if (r.start < 0 || r.end < r.start || r.end > size)
            return false;
        cursor.setPosition(r.start);
        cursor.setPosition(r.end, QTextCursor::KeepAnchor);
        // selectedText() gives line breaks as U+2029; the findings have them as '\n'.
        if (!expected.isNull() && cursor.selectedText().replace(QChar::ParagraphSeparator,
                                                                QLatin1Char('\n')) != expected) {
            emit outOfDate();
            return false;
        }
    }
    // One edit block: one Ctrl+Z undoes the whole fix. From the last range to the first,
    // so that the positions still to come do not move.
    cursor.beginEditBlock();
    for (auto r = ranges.rbegin(); r != ranges.rend(); ++r) {
        cursor.setPosition(r->start);
        cursor.setPosition(r->end, QTextCursor::KeepAnchor);
        cursor.insertText(replacement);
    }
    cursor.endEditBlock();
    return true;
}

} // namespace overture::gui
