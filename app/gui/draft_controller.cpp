#include "draft_controller.hpp"

#include "data/data_locator.hpp"
#include "data/embedded_data.hpp"
#include "data/json_file.hpp"
#include "rules/rule_catalog.hpp"
#include "spelling/hunspell_speller.hpp"
#include "text/utf8.hpp"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQuickTextDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <algorithm>

namespace overture::gui {

namespace {

QString startupDraftFile; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): set once by
                          // main()

constexpr int kLintDelayMs = 120;  // short enough to feel live, long enough to skip mid-word lints
constexpr int kSaveDelayMs = 1000; // "a second after the last keystroke"
constexpr int kNearLimitMargin = 20; // the counter turns amber this close to the limit

QString userDataPath(const QString& file) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(file);
}

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}
QString fromStd(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

void DraftController::setStartupDraftFile(const QString& path) {
    startupDraftFile = path;
}

DraftController::DraftController(QObject* parent)
    : QObject(parent), findings_(new FindingsModel(this)), openers_(new OpenerModel(this)),
      history_(new HistoryStore(this)), store_(userDataPath(QStringLiteral("draft.txt"))) {
    lintTimer_.setSingleShot(true);
    lintTimer_.setInterval(kLintDelayMs);
    connect(&lintTimer_, &QTimer::timeout, this, &DraftController::lintNow);
    saveTimer_.setSingleShot(true);
    saveTimer_.setInterval(kSaveDelayMs);
    connect(&saveTimer_, &QTimer::timeout, this, &DraftController::saveDraftNow);
    if (auto* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &DraftController::saveDraftNow);

    loadSettings();
    loadEngine();
    connect(history_, &HistoryStore::problem, this, &DraftController::addProblem);
    connect(history_, &HistoryStore::changed, this, [this] { lintTimer_.start(); });
    history_->open(userDataPath(QStringLiteral("history.sqlite")));

    // The draft: a --draft file, else what was saved, else empty.
    if (!startupDraftFile.isEmpty()) {
        QFile file(startupDraftFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.read(DraftStore::kMaxDraftBytes);
            if (const auto bad = text::findInvalidUtf8(
                    std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))))
                addProblem(QStringLiteral(
                               "%1: invalid UTF-8 at byte %2; the saved draft was opened instead")
                               .arg(startupDraftFile)
                               .arg(static_cast<qulonglong>(*bad)));
            else
                text_ = QString::fromUtf8(bytes);
        } else {
            addProblem(
                QStringLiteral("%1: cannot open: %2").arg(startupDraftFile, file.errorString()));
        }
    }
    if (text_.isEmpty()) {
        const DraftStore::Loaded loaded = store_.load();
        if (!loaded.problem.isEmpty())
            addProblem(loaded.problem);
        text_ = loaded.text;
    }
    startSpellerLoad();
    lintNow();
}

DraftController::~DraftController() {
    if (saveTimer_.isActive())
        saveDraftNow();
}

void DraftController::loadEngine() {
    const auto dataDir = findDataDir();
    LoadedLintData loaded = loadLintData(dataDir);
    for (const auto& p : loaded.problems)
        addProblem(fromStd(p));
    lintData_ = loaded.data;
    linter_ = std::make_unique<Linter>(lintData_);

    // The person's dictionary (shared with overture-lint's default) and own openers.
    personal_ = std::make_unique<PersonalDictionary>(
        userDataPath(QStringLiteral("personal.dic")).toStdString());
    if (std::string error; !personal_->load(error))
        addProblem(fromStd(error));
    for (const auto& w : personal_->words())
        linter_->acceptWord(w);

    std::vector<std::string> problems;
    const DataText shippedText = readData(dataDir, kOpenersFile, problems);
    OpenerLibrary shipped;
    try {
        shipped = OpenerLibrary::fromJson(shippedText.text, shippedText.source);
    } catch (const DataError& e) {
        problems.push_back(std::string(e.what()) + " (using the built-in copy)");
        shipped = OpenerLibrary::fromJson(embeddedFile(kOpenersFile),
                                          std::string("built-in ") + kOpenersFile);
    }
    const QString ownPath = userDataPath(QStringLiteral("openers.json"));
    OpenerLibrary own;
    bool ownWritable = true;
    if (QFile::exists(ownPath)) {
        try {
            own = OpenerLibrary::fromJson(readDataFile(ownPath.toStdString()),
                                          ownPath.toStdString(), true);
        } catch (const DataError& e) {
            problems.push_back(std::string(e.what()) + " (your openers file is left as it is)");
            ownWritable = false;
        }
    }
    for (const auto& p : problems)
        addProblem(fromStd(p));
    openers_->setLibrary(std::move(shipped), std::move(own), ownPath, ownWritable);
    openers_->setCard(card_);
}

void DraftController::loadSettings() {
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                         QStringLiteral("/settings.ini");
    settings_ = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (settings_->status() != QSettings::NoError) {
        // Never overwrite a file we could not read: the person's card would be lost.
        settingsWritable_ = false;
        addProblem(
            QStringLiteral("%1: cannot be read (%2); settings will not be saved this session")
                .arg(QDir::toNativeSeparators(path), settings_->status() == QSettings::FormatError
                                                         ? QStringLiteral("format error")
                                                         : QStringLiteral("access error")));
        return;
    }
    auto str = [&](const char* key) {
        return settings_->value(QLatin1String(key)).toString().toStdString();
    };
    card_.name = str("card/name");
    card_.company = str("card/company");
    card_.role = str("card/role");
    card_.context = str("card/context");
    card_.reason = str("card/reason");
    card_.relationship = parseRelationship(str("card/relationship"));
    bool ok = false;
    const int limit = settings_->value(QStringLiteral("card/limit"), kDefaultNoteLimit).toInt(&ok);
    card_.limit = ok && limit > 0 && limit <= 100000 ? limit : kDefaultNoteLimit;
    const QString lang =
        settings_->value(QStringLiteral("spelling/language"), QStringLiteral("en_US")).toString();
    if (lang == QStringLiteral("en_US") || lang == QStringLiteral("en_GB"))
        language_ = lang;
    for (const QString& id : settings_->value(QStringLiteral("rules/disabled")).toStringList())
        if (findRuleInfo(id.toStdString()) != nullptr)
            disabledRules_.insert(id.toStdString());
    // Findings dismissed for this draft stay dismissed after a restart, like the draft.
    for (const QString& key : settings_->value(QStringLiteral("draft/dismissed")).toStringList())
        dismissed_.insert(key);
    // And so do the words ignored for it.
    for (const QString& w : settings_->value(QStringLiteral("draft/ignored")).toStringList())
        ignored_.insert(w.toStdString());
}

void DraftController::saveCard() {
    if (!settingsWritable_)
        return;
    settings_->setValue(QStringLiteral("card/name"), name());
    settings_->setValue(QStringLiteral("card/company"), company());
    settings_->setValue(QStringLiteral("card/role"), role());
    settings_->setValue(QStringLiteral("card/relationship"), relationship());
    settings_->setValue(QStringLiteral("card/context"), context());
    settings_->setValue(QStringLiteral("card/reason"), reason());
    settings_->setValue(QStringLiteral("card/limit"), card_.limit);
    settings_->setValue(QStringLiteral("spelling/language"), language_);
    QStringList disabled;
    for (const auto& id : disabledRules_)
        disabled << fromStd(id);
    settings_->setValue(QStringLiteral("rules/disabled"), disabled);
}

void DraftController::saveDraftState() {
    if (!settingsWritable_)
        return;
    QStringList dismissed;
    for (const auto& key : dismissed_)
        dismissed << key;
    settings_->setValue(QStringLiteral("draft/dismissed"), dismissed);
    QStringList ignored;
    for (const auto& w : ignored_)
        ignored << fromStd(w);
    settings_->setValue(QStringLiteral("draft/ignored"), ignored);
}

void DraftController::cardEdited() {
    saveCard();
    openers_->setCard(card_);
    emit cardChanged();
    lintTimer_.start();
}

void DraftController::setText(const QString& text) {
    if (text == text_)
        return;
    // The waves follow the edit at once; the lint 120 ms later replaces them.
    const qsizetype shorter = std::min(text.size(), text_.size());
    qsizetype prefix = 0;
    while (prefix < shorter && text[prefix] == text_[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           text[text.size() - 1 - suffix] == text_[text_.size() - 1 - suffix])
        ++suffix;
    findings_->followEdit(static_cast<int>(prefix),
                          static_cast<int>(text_.size() - prefix - suffix),
                          static_cast<int>(text.size() - prefix - suffix));
    text_ = text;
    emit textChanged();
    // The keystroke path: the ranges moved, two timers restarted, nothing more.
    lintTimer_.start();
    saveTimer_.start();
}

#define OVERTURE_CARD_SETTER(Setter, field)                                                        \
    void DraftController::Setter(const QString& v) {                                               \
        const std::string s = v.toStdString();                                                     \
        if (s == card_.field)                                                                      \
            return;                                                                                \
        card_.field = s;                                                                           \
        cardEdited();                                                                              \
    }
OVERTURE_CARD_SETTER(setName, name)
OVERTURE_CARD_SETTER(setCompany, company)
OVERTURE_CARD_SETTER(setRole, role)
OVERTURE_CARD_SETTER(setContext, context)
OVERTURE_CARD_SETTER(setReason, reason)
#undef OVERTURE_CARD_SETTER

QString DraftController::relationship() const {
    return card_.relationship ? fromStd(relationshipId(*card_.relationship)) : QString();
}

void DraftController::setRelationship(const QString& id) {
    const auto rel = parseRelationship(id.toStdString());
    if (rel == card_.relationship)
        return;
    card_.relationship = rel;
    cardEdited();
}

void DraftController::setLimit(int limit) {
    if (limit <= 0 || limit > 100000 || limit == card_.limit)
        return;
    card_.limit = limit;
    cardEdited();
}

void DraftController::setLanguage(const QString& language) {
    if (language == language_)
        return;
    language_ = language;
    saveCard();
    emit languageChanged();
    startSpellerLoad();
}

void DraftController::startSpellerLoad() {
    const quint64 generation = ++spellerGeneration_;
    spellingState_ = QStringLiteral("loading");
    emit spellingChanged();
    const std::string lang = language_.toStdString();
    // Hunspell reads a 50k-word dictionary in ~50-100 ms: never on the UI thread.
    // The result is handed to the application object's thread (the UI thread) and from
    // there to this controller only if it still exists: the editor may close first.
    QPointer<DraftController> self(this);
    QThread* thread = QThread::create([self, lang, generation] {
        std::string error;
        std::shared_ptr<HunspellSpeller> speller = HunspellSpeller::open(lang, error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, speller, error, generation] {
                if (self)
                    self->spellerLoaded(speller, QString::fromStdString(error), generation);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void DraftController::spellerLoaded(std::shared_ptr<HunspellSpeller> speller, const QString& error,
                                    quint64 generation) {
    if (generation != spellerGeneration_)
        return; // a newer language was chosen meanwhile
    if (!speller) {
        spellingState_ = QStringLiteral("off");
        addProblem(error);
    } else {
        spellingState_ = QStringLiteral("on");
    }
    linter_->setSpeller(std::move(speller));
    suggestionCache_.clear();
    emit spellingChanged();
    lintNow();
}

void DraftController::lintNow() {
    lintTimer_.stop();
    const std::string utf8 = text_.toStdString();
    LintOptions options;
    options.disabledRules = disabledRules_;
    options.ignoredWords = ignored_;
    options.history = history_->notes();
    report_ = linter_->lint(utf8, card_, options);

    // The one place where the engine's byte offsets become the editor's UTF-16 positions.
    const text::Utf16Map map(utf8);
    std::vector<FindingRow> rows;
    rows.reserve(report_.findings.size());
    ready_ = true;
    for (const Finding& f : report_.findings) {
        FindingRow row;
        row.rule = fromStd(f.rule);
        row.reason = fromStd(reasonId(f.reason));
        row.reasonLabel = fromStd(reasonLabel(f.reason));
        row.reasonOrder = static_cast<int>(f.reason);
        row.severity = fromStd(severityId(f.severity));
        row.start = static_cast<int>(map.toUtf16(f.span.begin));
        row.end = static_cast<int>(map.toUtf16(f.span.end));
        row.match = fromStd(std::string_view(utf8).substr(f.span.begin, f.span.end - f.span.begin));
        row.message = fromStd(f.message);
        row.explanation = fromStd(f.explanation);
        for (const auto& r : f.replacements)
            row.replacements << fromStd(r);
        row.dismissKey = row.rule + QLatin1Char('\x1f') + row.match;
        // Findings about the whole note are listed, not underlined: a wave under every
        // word would hide the ones that point at something.
        static const QStringList kNoteLevel = {
            QStringLiteral("no-specifics"),  QStringLiteral("no-reason"),
            QStringLiteral("no-ask"),        QStringLiteral("sentence-count"),
            QStringLiteral("repeated-note"), QStringLiteral("already-invited")};
        row.underlined = !kNoteLevel.contains(row.rule) && row.end > row.start;
        if (dismissed_.contains(row.dismissKey))
            continue;
        if (f.severity != Severity::Hint)
            ready_ = false;
        rows.push_back(std::move(row));
    }
    // Grouped by reason for the panel's sections; by position inside a group.
    std::stable_sort(rows.begin(), rows.end(), [](const FindingRow& a, const FindingRow& b) {
        return a.reasonOrder < b.reasonOrder;
    });

    // The scorecard counts what is shown: a dismissed finding no longer weighs on it.
    scorecard_.clear();
    for (const Reason r : {Reason::Indistinguishable, Reason::Disingenuous,
                           Reason::LackingCreativity, Reason::Lazy, Reason::Spelling}) {
        QString grade = QStringLiteral("ok");
        int count = 0;
        for (const FindingRow& row : rows) {
            if (row.reasonOrder != static_cast<int>(r))
                continue;
            ++count;
            if (row.severity == QStringLiteral("error"))
                grade = QStringLiteral("fail");
            else if (row.severity == QStringLiteral("warning") && grade != QStringLiteral("fail"))
                grade = QStringLiteral("warn");
        }
        scorecard_.push_back(QVariantMap{{QStringLiteral("reason"), fromStd(reasonId(r))},
                                         {QStringLiteral("label"), fromStd(reasonLabel(r))},
                                         {QStringLiteral("grade"), grade},
                                         {QStringLiteral("count"), count}});
    }
    findings_->setRows(std::move(rows));
    emit reportChanged();
    emit linted();
}

QString DraftController::counterText() const {
    return QStringLiteral("%1 / %2 · %3 %4")
        .arg(characters())
        .arg(card_.limit)
        .arg(sentences())
        .arg(sentences() == 1 ? QStringLiteral("sentence") : QStringLiteral("sentences"));
}

QString DraftController::counterState() const {
    if (characters() > card_.limit)
        return QStringLiteral("over");
    if (characters() > card_.limit - kNearLimitMargin)
        return QStringLiteral("near");
    return QStringLiteral("ok");
}

bool DraftController::hasErrors() const {
    const auto& rows = findings_->rows();
    return std::any_of(rows.begin(), rows.end(),
                       [](const FindingRow& r) { return r.severity == QStringLiteral("error"); });
}

QString DraftController::gradeOf(const QString& reasonLabel) const {
    for (const QVariant& v : scorecard_) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("label")).toString() == reasonLabel)
            return m.value(QStringLiteral("grade")).toString();
    }
    return QStringLiteral("ok");
}

QVariantList DraftController::relationships() const {
    QVariantList out;
    for (const Relationship r : kAllRelationships)
        out.push_back(QVariantMap{{QStringLiteral("id"), fromStd(relationshipId(r))},
                                  {QStringLiteral("label"), fromStd(relationshipLabel(r))}});
    return out;
}

QVariantList DraftController::rules() const {
    QVariantList out;
    for (const RuleInfo& r : ruleCatalog())
        out.push_back(QVariantMap{{QStringLiteral("id"), fromStd(r.id)},
                                  {QStringLiteral("summary"), fromStd(r.summary)},
                                  {QStringLiteral("reason"), fromStd(reasonLabel(r.reason))},
                                  {QStringLiteral("enabled"), !disabledRules_.contains(r.id)}});
    return out;
}

bool DraftController::replaceRange(QQuickTextDocument* document, int start, int end,
                                   const QString& replacement, const QString& expected) {
    if (document == nullptr || document->textDocument() == nullptr)
        return false;
    QTextDocument* doc = document->textDocument();
    const int size = doc->characterCount() - 1; // without the final paragraph separator
    if (start < 0 || end < start || end > size)
        return false;
    QTextCursor cursor(doc);
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    // selectedText() gives line breaks as U+2029; the findings have them as '\n'.
    if (!expected.isNull() &&
        cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')) != expected) {
        lintNow(); // the findings were behind the text: bring them up to date
        return false;
    }
    // One edit block: one Ctrl+Z undoes the whole fix.
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    return true;
}

QVariant DraftController::cachedSuggestionsFor(const QString& word) const {
    const auto cached = suggestionCache_.constFind(word);
    return cached == suggestionCache_.cend() ? QVariant() : QVariant(*cached);
}

QStringList DraftController::suggestionsFor(const QString& word) const {
    QStringList out;
    const Speller* speller = linter_->speller();
    if (speller == nullptr)
        return out;
    if (const auto cached = suggestionCache_.constFind(word); cached != suggestionCache_.cend())
        return *cached;
    QString folded = word;
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    for (const auto& s : speller->suggest(folded.toStdString(), 5))
        out << fromStd(s);
    suggestionCache_.insert(word, out);
    return out;
}

void DraftController::addToDictionary(const QString& word) {
    std::string error;
    if (!personal_->add(word.toStdString(), error))
        addProblem(fromStd(error));
    linter_->acceptWord(word.toStdString());
    lintNow();
}

void DraftController::ignoreWord(const QString& word) {
    ignored_.insert(word.toStdString());
    saveDraftState();
    lintNow();
}

void DraftController::dismiss(const QString& dismissKey) {
    dismissed_.insert(dismissKey);
    saveDraftState();
    lintNow();
}

void DraftController::restoreDismissed() {
    dismissed_.clear();
    saveDraftState();
    lintNow();
}

void DraftController::startNewDraft() {
    dismissed_.clear();
    ignored_.clear();
    saveDraftState();
}

void DraftController::setRuleEnabled(const QString& id, bool enabled) {
    if (findRuleInfo(id.toStdString()) == nullptr)
        return;
    if (enabled)
        disabledRules_.erase(id.toStdString());
    else
        disabledRules_.insert(id.toStdString());
    saveCard();
    emit rulesChanged();
    lintNow();
}

int DraftController::copyToClipboard() {
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(text_);
    history_->record(text_, name(), company(), relationship(), card_.limit);
    return static_cast<int>(text_.size());
}

bool DraftController::saveDraftNow() {
    saveTimer_.stop();
    QString error;
    if (!store_.save(text_, &error)) {
        addProblem(error);
        return false;
    }
    emit draftSaved();
    return true;
}

void DraftController::addProblem(const QString& problem) {
    if (problem.isEmpty() || problems_.contains(problem))
        return;
    problems_ << problem;
    emit problemsChanged();
}

void DraftController::reportProblem(const QString& problem) {
    addProblem(problem);
}

void DraftController::dismissProblem(int index) {
    if (index < 0 || index >= problems_.size())
        return;
    problems_.removeAt(index);
    emit problemsChanged();
}

} // namespace overture::gui
