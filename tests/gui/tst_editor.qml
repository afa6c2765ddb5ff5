// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The editor as a person uses it, with the real controls: typing a character at a time
// (keyClick), clicking the card's fields, the toolbar's buttons, the ✕ and the Settings
// toggles, and pressing the real shortcuts (Ctrl+N, Ctrl+O, Ctrl+Shift+C, Tab, Esc, F1,
// Ctrl+Q). Each test is named after what a user relies on.
import QtQuick
import QtQuick.Controls
import QtTest
import Overture
import OvertureTest

Item {
    id: root
    width: 1240
    height: 780

    EditorPage {
        id: page
        anchors.fill: parent
    }

    Component {
        id: freshPage
        // A second window's worth of editor, as after a restart (it reads the saved files).
        EditorPage {
            anchors.fill: parent
        }
    }

    SignalSpy {
        id: quitSpy
        target: page
        signalName: "quitRequested"
    }

    TestCase {
        id: test
        name: "Editor"
        when: windowShown

        // ---- helpers ------------------------------------------------------------------

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function child(item, name) {
            const found = findChild(item, name)
            verify(found !== null, "no item named " + name)
            return found
        }
        function allNamed(item, name, out) {
            if (item.objectName === name)
                out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                allNamed(item.children[i], name, out)
            return out
        }
        function rows() {
            const out = []
            const model = page.controller.lint.findings
            for (let i = 0; i < model.count; ++i)
                out.push(model.get(i))
            return out
        }
        function rowOf(rule) {
            const all = rows()
            for (let i = 0; i < all.length; ++i)
                if (all[i].rule === rule)
                    return all[i]
            return null
        }
        function focused() {
            return root.Window.activeFocusItem
        }
        // Clicks a text field of the card and types into it.
        function typeInto(name, text) {
            const field = child(page, name)
            // A person clicks what is drawn: a field the card has just added (another
            // relationship, other questions) is laid out in the next frame.
            waitForRendering(page)
            mouseClick(field)
            verify(field.activeFocus, "the click put the cursor in " + name)
            field.selectAll()
            typeText(text)
        }
        // Opens a ComboBox with the mouse and clicks the entry with `label`.
        function choose(box, label) {
            mouseClick(box)
            tryVerify(function () { return box.popup.opened }, 3000)
            const list = box.popup.contentItem
            for (let i = 0; i < box.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                const item = list.itemAtIndex(i)
                if (item && item.text === label) {
                    mouseClick(item)
                    tryVerify(function () { return !box.popup.visible }, 3000)
                    return
                }
            }
            fail("no entry " + label + " in " + box.objectName)
        }
        function openSettings() {
            keyClick(Qt.Key_Comma, Qt.ControlModifier)
            tryVerify(function () { return page.settingsDialog.opened }, 3000)
        }
        function closeSettings() {
            mouseClick(child(page.settingsDialog.footer, "settingsCloseButton"))
            tryVerify(function () { return !page.settingsDialog.visible }, 3000)
        }
        function findingCards() {
            return allNamed(child(page, "findingsList"), "findingCard", [])
        }
        // WCAG contrast between two colours.
        function luminance(c) {
            const lin = function (v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
            return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }
        // The colour behind an item: the nearest opaque rectangle or control background.
        function backgroundOf(item) {
            for (let p = item; p !== null; p = p.parent) {
                if (p !== item && p.color !== undefined && p.border !== undefined && p.color.a > 0.5)
                    return p.color
                if (p.background !== undefined && p.background !== null && p.background.color !== undefined
                        && p.background.visible && p.background.color.a > 0.5)
                    return p.background.color
            }
            return page.palette.window
        }
        // Every visible text in `item` against what is behind it: at least 4.5:1.
        function unreadable(item, out) {
            if (!item.visible || item.opacity < 0.1)
                return out
            const isText = item.text !== undefined && typeof item.text === "string" && item.color !== undefined
                           && item.font !== undefined && item.contentWidth !== undefined
            if (isText && item.text.length > 0 && item.enabled !== false && item.width > 0) {
                const ratio = contrast(item.color, backgroundOf(item))
                if (ratio < 4.5)
                    out.push("\"" + item.text.substring(0, 40) + "\" " + item.color + " on " + backgroundOf(item)
                             + " = " + ratio.toFixed(2))
            }
            for (let i = 0; i < item.children.length; ++i)
                unreadable(item.children[i], out)
            return out
        }

        function init() {
            page.controller.card.clear()
            page.controller.card.relationship = ""
            page.controller.card.limit = 300
            page.controller.appearance.mode = Appearance.Light
            page.editor.selectAll()
            page.editor.remove(0, page.editor.length)
            page.controller.startNewDraft()
            page.controller.lint.restoreDismissed()
            page.focusNote()
            page.editor.cursorPosition = 0
        }

        // ---- point 3: keyboard-only use ------------------------------------------------

        function test_3a_the_note_has_the_focus_at_start() {
            const other = createTemporaryObject(freshPage, root)
            verify(other !== null)
            tryVerify(function () { return focused() === other.editor }, 3000,
                      "at launch the note has the keyboard focus, not a toolbar button")
            // (The new window brings back the draft the last test saved: typing goes into it.)
            const before = other.editor.text
            const at = other.editor.cursorPosition
            typeText("Hi")
            compare(other.editor.text, before.slice(0, at) + "Hi" + before.slice(at))
        }

        function test_3b_escape_from_a_drawer_or_dialog_returns_to_the_note() {
            keyClick(Qt.Key_O, Qt.ControlModifier)
            tryVerify(function () { return page.openerDrawer.opened }, 3000)
            keyClick(Qt.Key_Escape)
            tryVerify(function () { return !page.openerDrawer.visible }, 3000)
            typeText("Hi")
            compare(page.editor.text, "Hi", "after Ctrl+O, Esc, typing goes into the note")
            keyClick(Qt.Key_H, Qt.ControlModifier)
            tryVerify(function () { return page.historyDrawer.opened }, 3000)
            keyClick(Qt.Key_Escape)
            tryVerify(function () { return !page.historyDrawer.visible }, 3000)
            openSettings()
            keyClick(Qt.Key_Escape)
            tryVerify(function () { return !page.settingsDialog.visible }, 3000)
            typeText("!")
            compare(page.editor.text, "Hi!")
        }

        function test_3c_tab_reaches_each_finding_visibly_and_in_view() {
            // Several findings, so that some are below the fold of the list.
            page.editor.insert(0, "I'd like to add you to my professional network on LinkedIn. " +
                               "PLEASE ACCEPT!!! Sorry to bother you, can we hop on a quick call? " +
                               "You are the most brilliant genius. [Name] I realy want to sell you our product.")
            tryVerify(function () { return page.controller.lint.findings.count >= 5 }, 5000)
            page.focusNote()
            const list = child(page, "findingsList")
            let cards = 0
            for (let i = 0; i < 40; ++i) {
                keyClick(Qt.Key_Tab)
                const item = focused()
                verify(item !== null)
                if (item === page.editor)
                    break
                // Wherever the focus went, the ring shows it...
                tryVerify(function () { return page.focusRing.visible }, 2000, "a focus ring on " + item)
                waitForRendering(page)
                const ring = page.focusRing.mapToItem(root, 0, 0)
                const at = item.mapToItem(root, 0, 0)
                verify(ring.x <= at.x && ring.y <= at.y
                       && ring.x + page.focusRing.width >= at.x + item.width
                       && ring.y + page.focusRing.height >= at.y + item.height, "the ring surrounds " + item)
                // ...and a finding that has the focus is scrolled into the list's view.
                if (item.objectName === "findingCard" || item.objectName === "dismissButton"
                        || item.objectName === "fixButton") {
                    ++cards
                    const inList = item.mapToItem(list, 0, 0)
                    verify(inList.y >= -1 && inList.y + item.height <= list.height + 1,
                           "focused " + item.objectName + " at " + inList.y + " of a list " + list.height + " high")
                }
            }
            verify(cards >= 5, "Tab went through the findings (" + cards + " stops)")
        }

        function test_3d_delete_on_a_focused_finding_dismisses_that_one() {
            typeText("Sorry to bother you. Your talk at FOSDEM on parsers helped me; would you be open to connecting?")
            tryVerify(function () { return rowOf("apology") !== null }, 3000)
            page.focusNote()
            // Tab to the apology's card: its message is its accessible name.
            let card = null
            for (let i = 0; i < 30 && card === null; ++i) {
                keyClick(Qt.Key_Tab)
                if (focused().objectName === "findingCard" && focused().Accessible.name === rowOf("apology").message)
                    card = focused()
            }
            verify(card !== null, "Tab reaches the apology's card")
            keyClick(Qt.Key_Delete)
            tryVerify(function () { return rowOf("apology") === null }, 3000)
            compare(page.controller.lint.dismissedCount, 1)
        }

        function test_3e_f1_lists_the_shortcuts_and_ctrl_q_quits() {
            keyClick(Qt.Key_F1)
            tryVerify(function () { return page.shortcutsSheet.opened }, 3000)
            const keys = allNamed(page.shortcutsSheet.contentItem, "shortcutKeys", []).map(function (l) { return l.text })
            for (const expected of ["Ctrl+Shift+C", "Ctrl+N", "Ctrl+O", "Ctrl+Q", "F1 / Ctrl+?"])
                verify(keys.indexOf(expected) >= 0, "the sheet lists " + expected + ": " + keys.join(", "))
            keyClick(Qt.Key_Escape)
            tryVerify(function () { return !page.shortcutsSheet.visible }, 3000)
            tryVerify(function () { return focused() === page.editor }, 3000)
            quitSpy.clear()
            keyClick(Qt.Key_Q, Qt.ControlModifier)
            compare(quitSpy.count, 1, "Ctrl+Q asks the window to quit")
        }

        // ---- point 4: feedback in the keystroke's frame -----------------------------------

        function test_4a_every_keystroke_updates_the_counter_and_the_waves_in_one_frame() {
            const counter = child(page, "counter")
            const sentence = "I'd like to connect with you on LinkedIn. Thanks"
            for (let i = 0; i < sentence.length; ++i) {
                keyClick(sentence[i])
                // No waiting: the counter already counts this character.
                verify(counter.text.indexOf((i + 1) + " / 300") === 0, counter.text + " after " + (i + 1))
            }
            verify(rowOf("default-text") !== null)
            // The frame after the keystroke shows this lint's waves...
            waitForRendering(page.editor)
            compare(page.underlines.paintedRevision, page.underlines.findingsRevision)
            verify(page.underlines.segmentCount > 0, "the stock sentence is underlined")
            // ...and typing on never leaves a frame without them.
            for (let i = 0; i < 10; ++i) {
                keyClick("s")
                waitForRendering(page.editor)
                compare(page.underlines.paintedRevision, page.underlines.findingsRevision)
                verify(page.underlines.segmentCount > 0, "waves after keystroke " + i)
            }
        }

        function test_4b_after_a_100_kb_paste_only_the_visible_lines_get_waves() {
            let text = "I'd like to connect with you on LinkedIn. "
            while (text.length < 100000)
                text += "Our team ships payroll software for small bakeries across the north. "
            page.editor.insert(0, text)
            tryVerify(function () { return rowOf("length") !== null }, 5000)
            waitForRendering(page.editor)
            const visibleLines = child(page, "noteScroll").height / 12
            verify(page.underlines.segmentCount > 0)
            verify(page.underlines.segmentCount < visibleLines * 3,
                   page.underlines.segmentCount + " wave pieces for about " + Math.round(visibleLines) + " visible lines")
        }

        // ---- point 1: typed card fields and opener slots ----------------------------------

        function test_1_the_card_asks_what_the_relationship_needs_and_openers_use_it_right() {
            typeInto("nameField", "Ana Lopez")
            choose(child(page, "relationshipBox"), "I follow their work")
            // The questions of that relationship, and only those.
            tryVerify(function () { return findChild(page, "detail-work") !== null }, 3000)
            verify(findChild(page, "detail-topic") !== null)
            compare(findChild(page, "detail-event"), null, "no \"where did you meet\" for someone you follow")
            typeInto("detail-work", "post on Kafka retries")
            compare(page.controller.card.detail("work"), "post on Kafka retries")
            // The openers: the work lands where their work belongs, nowhere else.
            keyClick(Qt.Key_O, Qt.ControlModifier)
            tryVerify(function () { return page.openerDrawer.opened }, 3000)
            const list = findChild(page.openerDrawer.contentItem, "openerList")
            tryVerify(function () { return list.count > 0 }, 3000)
            let article = null
            for (let i = 0; i < list.count; ++i) {
                const preview = page.controller.openers.filledText(i)
                verify(preview.indexOf("article on post") < 0 && preview.indexOf("about post on") < 0
                       && preview.indexOf("on post on") < 0, "a value in the wrong slot: " + preview)
                if (preview.indexOf("your post on Kafka retries gave me") >= 0)
                    article = i
            }
            verify(article !== null, "the article opener takes the work in its {work} slot")
            // What the card has not answered stays marked, and is named.
            list.positionViewAtIndex(article, ListView.Contain)
            const item = list.itemAtIndex(article)
            verify(child(item, "openerPreview").text.indexOf("{topic}") >= 0)
            verify(child(item, "openerNeeds").text.indexOf("what it is about") >= 0, child(item, "openerNeeds").text)
            keyClick(Qt.Key_Escape)
            tryVerify(function () { return !page.openerDrawer.visible }, 3000)
            // Another relationship, other questions; the answer about their work is kept.
            choose(child(page, "relationshipBox"), "We're in the same group")
            tryVerify(function () { return findChild(page, "detail-group") !== null }, 3000)
            compare(findChild(page, "detail-work"), null)
            typeInto("detail-group", "the Kafka Slack")
            const groupOpener = page.controller.openers
            page.controller.openers.relationshipFilter = "shared-group"
            for (let i = 0; i < groupOpener.count; ++i)
                verify(groupOpener.filledText(i).indexOf("post on Kafka retries") < 0,
                       "their work is not put in a group opener: " + groupOpener.filledText(i))
            choose(child(page, "relationshipBox"), "I follow their work")
            tryVerify(function () { return findChild(page, "detail-work") !== null }, 3000)
            compare(findChild(page, "detail-work").text, "post on Kafka retries")
        }

        function test_1b_inserting_an_opener_from_a_filled_card_gives_a_clean_note() {
            typeInto("nameField", "Priya Shah")
            choose(child(page, "relationshipBox"), "We met in person")
            tryVerify(function () { return findChild(page, "detail-event") !== null }, 3000)
            typeInto("detail-event", "the Leeds Data Meetup")
            typeInto("detail-topic", "streaming pipelines")
            keyClick(Qt.Key_O, Qt.ControlModifier)
            tryVerify(function () { return page.openerDrawer.opened }, 3000)
            const list = findChild(page.openerDrawer.contentItem, "openerList")
            tryVerify(function () { return list.count > 0 && list.itemAtIndex(0) !== null }, 3000)
            mouseClick(child(list.itemAtIndex(0), "insertButton"))
            tryVerify(function () { return page.editor.text.indexOf("Hi Priya, it was good to talk with you at the Leeds Data Meetup about streaming pipelines.") === 0 }, 3000, page.editor.text)
            tryVerify(function () { return !page.openerDrawer.visible }, 3000)
            for (const row of rows())
                verify(row.severity === Lint.Hint, "nothing at warning or above: " + row.rule + " " + row.message)
        }

        // ---- point 2: dark and light ---------------------------------------------------

        function test_2_every_text_reads_in_light_and_in_dark() {
            // Something in every part of the window: a banner, findings, a filled card.
            page.controller.problems.add("tests: a line in the banner")
            typeInto("nameField", "Priya Shah")
            page.focusNote()
            typeText("I'd like to add you to my network. PLEASE ACCEPT!!! I realy liked your talk.")
            tryVerify(function () { return page.controller.lint.findings.count >= 3 }, 3000)
            for (const mode of ["Dark", "Light"]) {
                // Settings -> Appearance, with the mouse.
                openSettings()
                mouseClick(child(page.settingsDialog.contentItem, "appearance" + mode))
                verify(page.controller.appearance.dark === (mode === "Dark"))
                closeSettings()
                waitForRendering(page)
                const problems = unreadable(page, [])
                compare(problems.length, 0, mode + ": texts below 4.5:1 contrast:\n" + problems.join("\n"))
                // The waves on the note: at least 3:1 (non-text contrast).
                for (const severity of [Lint.Error, Lint.Warning, Lint.Hint])
                    verify(contrast(page.controller.appearance.severityColor(severity, ""), page.editor.palette.base) >= 3,
                           mode + ": underline " + severity)
                // And the drawers and dialogs too.
                keyClick(Qt.Key_O, Qt.ControlModifier)
                tryVerify(function () { return page.openerDrawer.opened }, 3000)
                const inDrawer = unreadable(page.openerDrawer.contentItem, [])
                compare(inDrawer.length, 0, mode + " openers:\n" + inDrawer.join("\n"))
                keyClick(Qt.Key_Escape)
                tryVerify(function () { return !page.openerDrawer.visible }, 3000)
                openSettings()
                const inSettings = unreadable(page.settingsDialog.contentItem, [])
                compare(inSettings.length, 0, mode + " settings:\n" + inSettings.join("\n"))
                closeSettings()
            }
            page.controller.problems.dismiss(0)
        }

        // ---- point 5: the anatomy strip ---------------------------------------------------

        function test_5_the_anatomy_strip_shows_the_parts_and_selects_their_words() {
            const strip = child(page, "anatomyStrip")
            typeText("Hi Ana, we met at RustConf last week. Your talk on async cancellation fixed a bug in our scheduler. " +
                     "I'm building a job runner in Rust and would like to keep learning from your work. Would you be open to connecting?")
            if (!page.controller.lint.anatomy.available) {
                // No roles from the engine: the strip is left out, not faked.
                verify(!strip.visible, "no roles, no strip")
                skip("the engine reports no sentence roles yet")
            }
            verify(strip.visible)
            const detail = child(strip, "anatomy-detail")
            verify(detail.text.indexOf("✔") === 0, detail.text)
            mouseClick(detail)
            verify(page.editor.selectedText.length > 0, "clicking a part selects its words")
            compare(focused(), page.editor)
            // A note without a reason: "why connect" is missing.
            page.editor.selectAll()
            page.editor.remove(0, page.editor.length)
            typeText("Hi Ana, we met at RustConf last week.")
            verify(child(strip, "anatomy-reason").text.indexOf("✗") === 0, child(strip, "anatomy-reason").text)
        }

        // ---- point 6 ---------------------------------------------------------------------

        function test_6a_settings_shows_the_language_chosen_before_a_restart() {
            openSettings()
            choose(child(page.settingsDialog.contentItem, "languageBox"), "English (United Kingdom)")
            closeSettings()
            compare(page.controller.spelling.language, "en_GB")
            const other = createTemporaryObject(freshPage, root) // reads the saved settings
            other.settingsDialog.open()
            tryVerify(function () { return other.settingsDialog.opened }, 3000)
            compare(child(other.settingsDialog.contentItem, "languageBox").displayText, "English (United Kingdom)")
            other.settingsDialog.close()
            tryVerify(function () { return !other.settingsDialog.visible }, 3000)
            page.controller.spelling.language = "en_US"
        }

        function test_6b_settings_names_the_rules_and_shows_that_the_list_scrolls() {
            openSettings()
            const box = child(page.settingsDialog.contentItem, "rule-default-text")
            verify(box.text.indexOf("default-text") < 0, "a name, not the id: " + box.text)
            compare(box.ToolTip.text, "default-text")
            const scroll = page.settingsDialog.contentItem.children[0]
            verify(scroll.ScrollBar.vertical.visible && scroll.ScrollBar.vertical.size < 1,
                   "a visible scroll bar says there is more below")
            // Turning a rule off with the mouse takes its findings away.
            closeSettings()
            typeText("Sorry to bother you.")
            tryVerify(function () { return rowOf("apology") !== null }, 3000)
            openSettings()
            const apology = child(page.settingsDialog.contentItem, "rule-apology")
            page.settingsDialog.contentItem.children[0].contentItem.contentY =
                    apology.mapToItem(page.settingsDialog.contentItem.children[0].contentItem, 0, 0).y
            waitForRendering(apology)
            mouseClick(apology)
            closeSettings()
            compare(rowOf("apology"), null)
            openSettings()
            mouseClick(child(page.settingsDialog.contentItem, "rule-apology"))
            closeSettings()
            verify(rowOf("apology") !== null)
        }

        function test_6c_undoing_an_inserted_opener_brings_back_dismissals_and_ignored_words() {
            typeText("Sorry to bother you. We met at the Grafanacon booth.")
            tryVerify(function () { return rowOf("apology") !== null && rowOf("spelling") !== null }, 10000)
            // Dismiss the apology with its ✕; ignore the word from the spelling menu.
            const list = child(page, "findingsList")
            let dismissed = false
            for (let i = 0; i < list.count && !dismissed; ++i) {
                const item = list.itemAtIndex(i)
                if (item && page.controller.lint.findings.get(i).rule === "apology") {
                    mouseClick(child(item, "dismissButton"))
                    dismissed = true
                }
            }
            verify(dismissed)
            page.spellingMenu.openAt(page.editor.text.indexOf("Grafanacon") + 2, 20, 20)
            tryVerify(function () { return page.spellingMenu.opened }, 3000)
            // The menu lays out its entries for the word in its first frame: click what is drawn.
            waitForRendering(page.spellingMenu.contentItem)
            let ignore = null
            for (let i = 0; i < page.spellingMenu.count; ++i) {
                const entry = page.spellingMenu.itemAt(i)
                if (entry && entry.text !== undefined && entry.text.indexOf("Ignore") === 0)
                    ignore = entry
            }
            verify(ignore !== null, "the spelling menu offers Ignore")
            mouseClick(ignore)
            tryVerify(function () { return rowOf("spelling") === null }, 3000)
            const before = page.editor.text
            // An opener replaces the draft (Replace in the confirmation)...
            keyClick(Qt.Key_O, Qt.ControlModifier)
            tryVerify(function () { return page.openerDrawer.opened }, 3000)
            const openers = findChild(page.openerDrawer.contentItem, "openerList")
            tryVerify(function () { return openers.itemAtIndex(0) !== null }, 3000)
            mouseClick(child(openers.itemAtIndex(0), "insertButton"))
            const replace = findChild(page, "replaceConfirm")
            tryVerify(function () { return replace.opened }, 3000)
            mouseClick(child(replace.footer, "replaceButton"))
            tryVerify(function () { return page.editor.text !== before }, 3000)
            compare(page.controller.lint.dismissedCount, 0, "the new draft starts clean")
            // ...and Ctrl+Z brings back the old one, as it was.
            page.focusNote()
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(page.editor.text, before)
            compare(page.controller.lint.dismissedCount, 1, "the dismissal is back")
            compare(rowOf("apology"), null)
            compare(rowOf("spelling"), null, "the ignored word is still ignored")
        }

        function test_6d_the_counter_and_the_findings_count_sentences_alike() {
            typeText("Hi Ana. We met. At RustConf. On Monday. About parsers. It was fun. Thanks.")
            const counter = child(page, "counter")
            const n = page.controller.lint.sentences
            verify(counter.text.indexOf("· " + n + " sentence") > 0, counter.text)
            const finding = rowOf("sentence-count")
            if (finding !== null && /\d+/.test(finding.message))
                compare(finding.message.match(/\d+/)[0], String(n), "one count: " + finding.message)
        }

        function test_6e_errors_come_before_hints_within_a_reason() {
            // Lazy: "length" (error) and "no-ask" (hint) in the same group.
            page.controller.card.limit = 200
            let text = "Your talk at RustConf on parsers helped me rebuild our tokenizer. "
            while (text.length < 260)
                text += "It cut our build times in half. "
            page.editor.insert(0, text)
            const all = rows()
            const length = all.findIndex(function (r) { return r.rule === "length" })
            const ask = all.findIndex(function (r) { return r.rule === "no-ask" })
            verify(length >= 0 && ask >= 0, all.map(function (r) { return r.rule }).join(","))
            verify(length < ask, "the error is listed before the hint")
        }

        function test_6f_a_paste_of_the_same_mistake_is_one_card_with_a_count() {
            page.controller.card.name = "Maria Lopez"
            let text = ""
            for (let i = 0; i < 8; ++i)
                text += "Hi Tom, good to see your work on parsers.\n"
            page.editor.insert(0, text)
            const row = rowOf("wrong-name")
            verify(row !== null, rows().map(function (r) { return r.rule }).join(","))
            const cards = rows().filter(function (r) { return r.rule === "wrong-name" })
            compare(cards.length, 1, "one card")
            compare(row.occurrences, 8)
            const list = child(page, "findingsList")
            waitForRendering(list) // the cards of a paste are made for its first frame
            let badge = null
            for (let i = 0; i < list.count; ++i)
                if (list.itemAtIndex(i) && page.controller.lint.findings.get(i).rule === "wrong-name")
                    badge = child(list.itemAtIndex(i), "occurrences")
            verify(badge !== null && badge.visible)
            compare(badge.text, "×8")
        }

        function test_6g_h_the_layout_holds_at_960x600_and_at_2560x1440() {
            typeText("I'd like to add you to my professional network on LinkedIn. PLEASE ACCEPT!!!")
            root.width = 960
            root.height = 600
            waitForRendering(page)
            const list = child(page, "findingsList")
            const right = list.mapToItem(root, list.width, 0).x
            for (const card of findingCards()) {
                const cardRight = card.mapToItem(root, card.width, 0).x
                verify(cardRight <= right - 4 && cardRight <= root.width, "a card's right border at " + cardRight
                       + " is not hidden (list ends at " + right + ")")
            }
            root.width = 2560
            root.height = 1440
            waitForRendering(page)
            const metrics = Qt.createQmlObject("import QtQuick; FontMetrics {}", root)
            metrics.font = page.editor.font
            verify(page.editor.width <= metrics.averageCharacterWidth * 80 + page.editor.leftPadding + page.editor.rightPadding,
                   "the note's lines are about 75 characters, not " + page.editor.width + " px")
            const column = page.editor.parent.parent // the ScrollView
            const middle = column.mapToItem(root, column.width / 2, 0).x
            const split = child(page, "noteScroll").parent
            const columnMiddle = split.mapToItem(root, split.width / 2, 0).x
            verify(Math.abs(middle - columnMiddle) < 8, "the note is centred")
            metrics.destroy()
            root.width = 1240
            root.height = 780
        }

        function test_6i_own_openers_keep_slots_can_be_edited_deleted_and_filed_twice() {
            typeInto("nameField", "Sam Okafor")
            choose(child(page, "relationshipBox"), "We met in person")
            tryVerify(function () { return findChild(page, "detail-event") !== null }, 3000)
            typeInto("detail-event", "RustConf")
            page.focusNote()
            typeText("Hi Sam, good to meet you at RustConf.")
            keyClick(Qt.Key_O, Qt.ControlModifier)
            tryVerify(function () { return page.openerDrawer.opened }, 3000)
            mouseClick(child(page.openerDrawer.contentItem, "saveDraftButton"))
            const dialog = findChild(page.openerDrawer, "ownOpenerDialog")
            tryVerify(function () { return dialog.opened }, 3000)
            // Filed under two relationships; Enter in the title saves.
            mouseClick(child(dialog.contentItem, "fileUnder-shared-group"))
            mouseClick(child(dialog.contentItem, "ownTitle"))
            typeText("Conference hello")
            keyClick(Qt.Key_Return)
            tryVerify(function () { return !dialog.visible }, 3000)
            const openers = page.controller.openers
            let row = -1
            for (let i = 0; i < openers.count; ++i)
                if (openers.filledText(i).indexOf("good to meet you at RustConf") >= 0)
                    row = i
            verify(row >= 0)
            const list = findChild(page.openerDrawer.contentItem, "openerList")
            list.positionViewAtIndex(row, ListView.Contain)
            tryVerify(function () { return list.itemAtIndex(row) !== null }, 3000)
            compare(child(list.itemAtIndex(row), "openerPreview").text.indexOf("Hi Sam, good to meet you at RustConf."), 0)
            // Saved with the card's values as slots (the next person is not "Sam").
            mouseClick(child(list.itemAtIndex(row), "editOwnButton"))
            tryVerify(function () { return dialog.opened }, 3000)
            compare(child(dialog.contentItem, "ownText").text, "Hi {first_name}, good to meet you at {event}.")
            verify(child(dialog.contentItem, "fileUnder-met-in-person").checked)
            verify(child(dialog.contentItem, "fileUnder-shared-group").checked)
            // Edited: a new text.
            const text = child(dialog.contentItem, "ownText")
            mouseClick(text)
            text.selectAll()
            typeText("Hi {first_name}, great chat at {event}.")
            mouseClick(child(dialog.footer, "ownSaveButton"))
            tryVerify(function () { return !dialog.visible }, 3000)
            // Shown for the other relationship too.
            openers.relationshipFilter = "shared-group"
            let found = -1
            for (let i = 0; i < openers.count; ++i)
                if (openers.filledText(i) === "Hi Sam, great chat at RustConf.")
                    found = i
            verify(found >= 0, "filed under the second relationship as well")
            // Deleted.
            list.positionViewAtIndex(found, ListView.Contain)
            tryVerify(function () { return list.itemAtIndex(found) !== null }, 3000)
            mouseClick(child(list.itemAtIndex(found), "deleteOwnButton"))
            for (let i = 0; i < openers.count; ++i)
                verify(openers.filledText(i) !== "Hi Sam, great chat at RustConf.")
            keyClick(Qt.Key_Escape)
            tryVerify(function () { return !page.openerDrawer.visible }, 3000)
        }

        function test_6j_new_note_for_someone_else_clears_the_card_new_draft_keeps_it() {
            typeInto("nameField", "Priya Shah")
            page.focusNote()
            typeText("Hi Priya.")
            keyClick(Qt.Key_N, Qt.ControlModifier)
            compare(page.editor.text, "")
            compare(page.controller.card.name, "Priya Shah", "New draft keeps the card")
            typeText("Hi again.")
            mouseClick(child(page, "newForSomeoneElseButton"))
            compare(page.editor.text, "")
            compare(page.controller.card.name, "", "New note for someone else clears it")
            compare(child(page, "nameField").text, "")
            compare(focused(), page.editor)
        }

        function test_6k_opener_search_looks_everywhere_shows_the_filter_and_says_why_it_is_empty() {
            choose(child(page, "relationshipBox"), "We met in person")
            keyClick(Qt.Key_O, Qt.ControlModifier)
            tryVerify(function () { return page.openerDrawer.opened }, 3000)
            const chip = child(page.openerDrawer.contentItem, "filterChip")
            verify(chip.visible && chip.text.indexOf("We met in person") === 0, chip.text)
            // The search field has the focus: type a word of another relationship's opener.
            typeText("recruiter")
            const openers = page.controller.openers
            tryVerify(function () { return openers.count > 0 }, 3000, "a search looks beyond the chip's relationship")
            typeText("xyzzy")
            tryVerify(function () { return openers.count === 0 }, 3000)
            const empty = child(page.openerDrawer.contentItem, "openerEmpty")
            verify(empty.visible && empty.text.indexOf("recruiterxyzzy") > 0, empty.text)
            const search = child(page.openerDrawer.contentItem, "openerSearch")
            search.selectAll()
            keyClick(Qt.Key_Delete)
            mouseClick(chip)
            compare(openers.relationshipFilter, "")
            verify(!chip.visible)
            keyClick(Qt.Key_Escape)
            tryVerify(function () { return !page.openerDrawer.visible }, 3000)
        }

        function test_6l_the_window_title_names_the_note_not_the_app_twice() {
            compare(page.windowTitle, "New note")
            typeInto("nameField", "Priya Shah")
            compare(page.windowTitle, "Note to Priya Shah")
            verify(page.windowTitle.indexOf("Overture") < 0, "the platform adds the app's name")
        }

        function test_6m_copy_with_an_error_says_which_and_offers_copy_anyway_or_go_back() {
            typeText("I'd like to add you to my professional network on LinkedIn.")
            const clipboardBefore = TestHelper.clipboardText()
            keyClick(Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
            tryVerify(function () { return page.copyConfirm.opened }, 3000)
            const problems = allNamed(page.copyConfirm.contentItem, "copyProblem", [])
            verify(problems.length > 0)
            verify(problems[0].text.indexOf(page.controller.lint.errorMessages[0]) > 0, problems[0].text)
            compare(child(page.copyConfirm.footer, "copyAnywayButton").text, "Copy anyway")
            compare(child(page.copyConfirm.footer, "goBackButton").text, "Go back")
            // Enter takes the safe choice: back to the note, nothing copied.
            keyClick(Qt.Key_Return)
            tryVerify(function () { return !page.copyConfirm.visible }, 3000)
            compare(TestHelper.clipboardText(), clipboardBefore)
            compare(focused(), page.editor)
            keyClick(Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
            tryVerify(function () { return page.copyConfirm.opened }, 3000)
            mouseClick(child(page.copyConfirm.footer, "copyAnywayButton"))
            compare(TestHelper.clipboardText(), page.editor.text)
            compare(page.lastToast, "Copied " + page.editor.text.length + " characters")
        }

        function test_6n_nothing_is_wrong_before_anything_is_typed() {
            compare(page.editor.text, "")
            compare(page.controller.lint.findings.count, 0, "no \"the note is empty\" on a new draft")
            typeText(" ")
            compare(page.controller.lint.findings.count, 0)
        }

        function test_6o_the_new_draft_toast_covers_nothing() {
            typeText("Hi.")
            mouseClick(child(page, "newButton"))
            const toast = page.toast
            verify(toast.visible)
            const note = child(page, "noteScroll")
            const t = toast.mapToItem(root, 0, 0)
            const n = note.mapToItem(root, 0, 0)
            const overlaps = t.x < n.x + note.width && n.x < t.x + toast.width
                             && t.y < n.y + note.height && n.y < t.y + toast.height
            verify(!overlaps, "the toast does not overlap the note")
        }

        function test_a_whole_note_finding_stays_dismissed_and_in_place_while_typing() {
            typeText("Could I pick your brain about pricing?")
            tryVerify(function () { return rowOf("no-specifics") !== null }, 3000)
            const list = child(page, "findingsList")
            waitForRendering(list)
            // The card of a finding about the whole note is kept while typing (its fix
            // buttons are not rebuilt under the pointer at every keystroke)...
            let card = null
            for (let i = 0; i < list.count && card === null; ++i)
                if (page.controller.lint.findings.get(i).rule === "generic-phrase")
                    card = list.itemAtIndex(i)
            verify(card !== null)
            const fix = findChild(card, "fixButton")
            verify(fix !== null)
            typeText(" Thanks")
            waitForRendering(list)
            verify(findChild(card, "fixButton") === fix, "the fix button survived the keystrokes")
            // ...and once dismissed with its ✕, the next keystroke does not bring it back.
            let dismissed = false
            for (let i = 0; i < list.count && !dismissed; ++i)
                if (page.controller.lint.findings.get(i).rule === "no-specifics") {
                    mouseClick(child(list.itemAtIndex(i), "dismissButton"))
                    dismissed = true
                }
            verify(dismissed)
            tryVerify(function () { return rowOf("no-specifics") === null }, 3000)
            page.focusNote()
            typeText(" again")
            compare(rowOf("no-specifics"), null, "a dismissed finding about the whole note stays dismissed")
        }

        // ---- each finding links to its rule's page ----------------------------------------

        function test_learn_more_on_a_finding_opens_the_rule_page() {
            typeText("Sorry to bother you. Your talk at FOSDEM on parsers helped me.")
            tryVerify(function () { return rowOf("apology") !== null }, 3000)
            const list = child(page, "findingsList")
            waitForRendering(list)
            let card = null
            for (let i = 0; i < list.count && card === null; ++i)
                if (page.controller.lint.findings.get(i).rule === "apology") {
                    list.positionViewAtIndex(i, ListView.Contain)
                    card = list.itemAtIndex(i)
                }
            verify(card !== null)
            waitForRendering(list)
            const link = child(card, "learnMoreButton")
            verify(link.visible, "every rule has a page: docs/rules/apology.md")
            const before = TestHelper.openedFiles().length
            mouseClick(link)
            const opened = TestHelper.openedFiles()
            compare(opened.length, before + 1, "the click asks the desktop to open the page")
            verify(/\/rules\/apology\.md$/.test(opened[opened.length - 1]), opened[opened.length - 1])
            // The page is the rule's reference, not some other file.
            compare(page.controller.lint.findings.get(0).docUrl.toString().indexOf("file://"), 0)
            // From the note too: the menu on the underlined words has the same link.
            page.spellingMenu.openAt(page.editor.text.indexOf("bother"), 20, 20)
            tryVerify(function () { return page.spellingMenu.opened }, 3000)
            waitForRendering(page.spellingMenu.contentItem)
            let entry = null
            for (let i = 0; i < page.spellingMenu.count; ++i) {
                const item = page.spellingMenu.itemAt(i)
                if (item && item.objectName === "learnMoreEntry")
                    entry = item
            }
            verify(entry !== null && entry.visible, "the note's menu offers Learn more")
            compare(entry.text, "Learn more about “apology”")
            mouseClick(entry)
            const fromMenu = TestHelper.openedFiles()
            compare(fromMenu.length, before + 2)
            verify(/\/rules\/apology\.md$/.test(fromMenu[fromMenu.length - 1]), fromMenu[fromMenu.length - 1])
            tryVerify(function () { return !page.spellingMenu.visible }, 3000)
            // Where nothing is underlined, the menu has no such entry.
            page.spellingMenu.openAt(page.editor.text.indexOf("helped"), 20, 20)
            tryVerify(function () { return page.spellingMenu.opened }, 3000)
            verify(!entry.visible)
            page.spellingMenu.close()
            tryVerify(function () { return !page.spellingMenu.visible }, 3000)
        }

        // ---- kept from before ---------------------------------------------------------------

        function test_fix_applies_and_ctrl_z_restores() {
            typeText("Could I pick your brain about pricing?")
            tryVerify(function () { const r = rowOf("meeting-request") || rowOf("generic-phrase"); return r && r.replacements.length > 0 }, 3000)
            const before = page.editor.text
            const list = child(page, "findingsList")
            waitForRendering(list) // the last keystroke's cards are laid out in its frame
            let clicked = false
            for (let i = 0; i < list.count && !clicked; ++i) {
                const item = list.itemAtIndex(i)
                const fix = item ? findChild(item, "fixButton") : null
                if (fix) {
                    mouseClick(fix)
                    clicked = true
                }
            }
            verify(clicked)
            verify(page.editor.text !== before, "the fix changed the text")
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(page.editor.text, before, "one Ctrl+Z undoes the whole fix")
        }

        function test_suggest_spellings_on_a_misspelling_card() {
            typeInto("nameField", "Priya Shah")
            page.focusNote()
            typeText("Hi Priya, I realy enjoyed your talk.")
            tryVerify(function () { return rowOf("spelling") !== null }, 10000, "spelling is on")
            const list = child(page, "findingsList")
            let row = -1
            for (let i = 0; i < list.count; ++i)
                if (page.controller.lint.findings.get(i).rule === "spelling")
                    row = i
            list.positionViewAtIndex(row, ListView.Contain)
            waitForRendering(list)
            list.positionViewAtIndex(row, ListView.Contain)
            mouseClick(child(list.itemAtIndex(row), "suggestButton"))
            tryVerify(function () { return rowOf("spelling").replacements.indexOf("really") >= 0 }, 3000)
            const labels = allNamed(list.itemAtIndex(row), "fixButton", []).map(function (b) { return b.text })
            verify(labels.indexOf("→ really") >= 0, labels.join(" | "))
        }

        function test_copy_puts_the_exact_text_on_the_clipboard() {
            typeText("Hi Ana, your talk on Rust at FOSDEM helped me. I'd like to connect.")
            mouseClick(child(page, "copyButton"))
            if (page.copyConfirm.opened)
                mouseClick(child(page.copyConfirm.footer, "copyAnywayButton"))
            compare(TestHelper.clipboardText(), page.editor.text)
        }

        function test_counter_counts_an_emoji_as_two() {
            page.editor.insert(0, "Thanks 👋 for the talk.")
            compare(page.controller.lint.characters, 23)
            compare(page.controller.lint.counterText, "23 / 300 · 1 sentence")
            choose(child(page, "limitBox"), "200 characters (free account)")
            compare(page.controller.lint.limit, 200)
        }

        function test_same_note_to_two_people_is_a_repeated_note() {
            page.controller.history.removeAll()
            typeInto("nameField", "Priya Shah")
            page.focusNote()
            page.editor.insert(0, "Hi Priya, I enjoyed your talk on data contracts at the Leeds meetup. I'm building something similar and would like to connect.")
            keyClick(Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
            if (page.copyConfirm.opened)
                mouseClick(child(page.copyConfirm.footer, "copyAnywayButton"))
            mouseClick(child(page, "newForSomeoneElseButton"))
            typeInto("nameField", "Tom Berg")
            page.focusNote()
            page.editor.insert(0, "Hi Tom, I enjoyed your talk on data contracts at the Leeds meetup. I'm building something similar and would like to connect.")
            const row = rowOf("repeated-note")
            verify(row !== null, "the second copy of the note is flagged")
            verify(row.message.indexOf("Priya Shah") >= 0, row.message)
            page.controller.history.removeAll()
        }

        // Last: a part of the window that failed to build shows up only as a QML warning.
        function cleanupTestCase() {
            const warnings = TestHelper.qmlWarnings()
            compare(warnings.length, 0, "QML warnings while the tests ran:\n" + warnings.join("\n"))
        }
    }
}
