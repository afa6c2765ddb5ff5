// Typing into the editor as a person would (a character at a time with keyClick),
// and checking what they rely on: findings appear with their underline, fixes apply and
// undo, openers fill from the card, Copy copies the exact text, the counter counts as
// LinkedIn does, and a note sent twice is recognised.
import QtQuick
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

    TestCase {
        id: test
        name: "Editor"
        when: windowShown

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function ruleIds() {
            const out = []
            const model = page.controller.lint.findings
            for (let i = 0; i < model.count; ++i)
                out.push(model.get(i).rule)
            return out
        }
        function rowOf(rule) {
            const model = page.controller.lint.findings
            for (let i = 0; i < model.count; ++i)
                if (model.get(i).rule === rule)
                    return model.get(i)
            return null
        }
        function waves() {
            return page.underlines.segmentCount
        }

        function init() {
            page.controller.card.relationship = ""
            page.controller.card.name = ""
            page.controller.card.company = ""
            page.controller.card.context = ""
            page.controller.card.limit = 300
            page.editor.selectAll()
            page.editor.remove(0, page.editor.length)
            page.controller.startNewDraft()
            page.controller.lint.lintNow()
            page.editor.forceActiveFocus()
            page.editor.cursorPosition = 0
        }

        function test_stock_text_is_found_and_underlined() {
            typeText("I'd like to connect with you on LinkedIn.")
            tryVerify(function () { return ruleIds().indexOf("default-text") >= 0 }, 3000,
                      "typing LinkedIn's stock sentence shows default-text")
            const row = rowOf("default-text")
            verify(row.end > row.start)
            compare(page.editor.text.substring(row.start, row.end).indexOf("connect with you on LinkedIn") >= 0, true)
            tryVerify(function () { return waves() > 0 }, 3000, "the stock sentence is underlined")
        }

        function test_false_relationship_for_never_interacted() {
            page.controller.card.relationship = "never-interacted"
            typeText("It was great to see you again last week.")
            tryVerify(function () { return ruleIds().indexOf("false-relationship") >= 0 }, 3000)
            verify(rowOf("false-relationship").message.indexOf("We've never interacted") >= 0,
                   "the message names the declared relationship")
            // The same words are honest when you did meet.
            page.controller.card.relationship = "met-in-person"
            tryVerify(function () { return ruleIds().indexOf("false-relationship") < 0 }, 3000)
        }

        function test_fix_applies_and_ctrl_z_restores() {
            typeText("Could I pick your brain about pricing?")
            tryVerify(function () { const r = rowOf("meeting-request") || rowOf("generic-phrase"); return r && r.replacements.length > 0 }, 3000)
            const before = page.editor.text
            const row = rowOf("meeting-request") && rowOf("meeting-request").replacements.length > 0 ? rowOf("meeting-request") : rowOf("generic-phrase")
            // A fix whose words are no longer there (an edit the lint has not seen yet)
            // changes nothing.
            verify(!page.controller.document.replaceRange(page.editor.textDocument, row.start, row.end, row.replacements[0], row.match + "x"))
            compare(page.editor.text, before)
            verify(page.controller.document.replaceRange(page.editor.textDocument, row.start, row.end, row.replacements[0], row.match))
            verify(page.editor.text !== before, "the fix changed the text")
            verify(page.editor.text.indexOf(row.replacements[0]) >= 0)
            page.editor.forceActiveFocus()
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(page.editor.text, before, "one Ctrl+Z undoes the whole fix")
        }

        function test_opener_fills_the_name_from_the_card() {
            page.controller.card.name = "Priya Shah"
            page.controller.card.relationship = "met-in-person"
            page.openerDrawer.open()
            tryVerify(function () { return page.openerDrawer.opened }, 3000)
            const list = findChild(page.openerDrawer.contentItem, "openerList")
            verify(list !== null)
            tryVerify(function () { return list.count > 0 }, 3000)
            const insert = findChild(list.itemAtIndex(0), "insertButton")
            verify(insert !== null)
            mouseClick(insert)
            tryVerify(function () { return page.editor.text.indexOf("Priya") >= 0 }, 3000,
                      "the inserted opener greets the card's name")
            verify(page.editor.text.indexOf("{first_name}") < 0)
            page.openerDrawer.close()
        }

        function test_copy_puts_the_exact_text_on_the_clipboard() {
            typeText("Hi Ana, your talk on Rust at FOSDEM helped me. I'd like to connect.")
            page.controller.lint.lintNow()
            const button = findChild(page, "copyButton")
            mouseClick(button)
            if (page.copyConfirm.opened)
                page.copyConfirm.accept()
            compare(TestHelper.clipboardText(), page.editor.text)
            compare(page.lastToast, "Copied " + page.editor.text.length + " characters")
        }

        function test_counter_counts_an_emoji_as_two() {
            page.editor.insert(0, "Thanks 👋 for the talk.")
            page.controller.lint.lintNow()
            compare(page.controller.lint.characters, 23)
            compare(page.controller.lint.counterText, "23 / 300 · 1 sentence")
            page.controller.card.limit = 10
            compare(page.controller.lint.counterState, Lint.OverLimit)
        }

        function test_same_note_to_two_people_is_a_repeated_note() {
            page.controller.history.removeAll()
            page.controller.card.name = "Priya Shah"
            page.editor.insert(0, "Hi Priya, I enjoyed your talk on data contracts at the Leeds meetup. I'm building something similar and would like to connect.")
            page.controller.lint.lintNow()
            page.controller.copyToClipboard()
            // The second recipient gets the same words with another name.
            page.editor.selectAll()
            page.editor.remove(0, page.editor.length)
            page.controller.card.name = "Tom Berg"
            page.editor.insert(0, "Hi Tom, I enjoyed your talk on data contracts at the Leeds meetup. I'm building something similar and would like to connect.")
            page.controller.lint.lintNow()
            const row = rowOf("repeated-note")
            verify(row !== null, "the second copy of the note is flagged")
            verify(row.message.indexOf("Priya Shah") >= 0, row.message)
            page.controller.history.removeAll()
        }

        function test_every_panel_opens_with_its_parts() {
            page.controller.card.name = "Priya Shah"
            page.editor.insert(0, "Hi Priya, I realy enjoyed your talk. PLEASE ACCEPT!!!")
            page.controller.lint.lintNow()
            // The findings are grouped under headings, one per reason.
            const list = findChild(page, "findingsList")
            verify(list !== null)
            tryVerify(function () { return list.count > 0 }, 3000)
            const heading = findChild(list.itemAtIndex(0), "sectionHeading")
            verify(heading !== null && heading.visible, "the first finding carries its group's heading")
            verify(heading.text.indexOf(" — ") > 0, heading.text)
            // A fix that adds a question says what it adds, not the whole sentence again.
            let addsQuestion = null
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i)
                const button = item ? findChild(item, "fixButton") : null
                if (button && button.text.indexOf("Add “") === 0)
                    addsQuestion = button
            }
            verify(addsQuestion !== null, "the no-ask fix button")
            verify(addsQuestion.text.indexOf("?”") > 0, addsQuestion.text)
            // A misspelling's card offers the dictionary's suggestions, when asked (they
            // take Hunspell tens of milliseconds: never on every lint).
            tryVerify(function () { return rowOf("spelling") !== null }, 10000, "spelling is on")
            let asked = false
            for (let i = 0; i < list.count && !asked; ++i) {
                if (page.controller.lint.findings.get(i).rule !== "spelling")
                    continue
                // Twice: the first pass creates the delegates the estimate did not know.
                for (let pass = 0; pass < 2; ++pass) {
                    list.positionViewAtIndex(i, ListView.Contain)
                    waitForRendering(list)
                }
                const item = list.itemAtIndex(i)
                const suggest = item ? findChild(item, "suggestButton") : null
                if (suggest && suggest.visible) {
                    mouseClick(suggest)
                    asked = true
                }
            }
            verify(asked, "a \"Suggest spellings\" button on the spelling card")
            const labels = []
            const collect = function (item) {
                if (item.objectName === "fixButton")
                    labels.push(item.text)
                for (let i = 0; i < item.children.length; ++i)
                    collect(item.children[i])
            }
            for (let i = 0; i < list.count; ++i)
                if (list.itemAtIndex(i))
                    collect(list.itemAtIndex(i))
            verify(labels.indexOf("→ really") >= 0, "fix buttons: " + labels.join(" | "))

            page.historyDrawer.open()
            tryVerify(function () { return page.historyDrawer.opened }, 3000)
            page.historyDrawer.close()
            tryVerify(function () { return !page.historyDrawer.visible }, 3000)
            page.settingsDialog.open()
            tryVerify(function () { return page.settingsDialog.opened }, 3000)
            const language = findChild(page.settingsDialog.contentItem, "languageBox")
            verify(language !== null)
            compare(language.currentValue, page.controller.spelling.language)
            verify(language.displayText.indexOf("English") === 0, language.displayText)
            page.settingsDialog.close()
            tryVerify(function () { return !page.settingsDialog.visible }, 3000)
            // The opener previews show what the card could not fill on a yellow mark.
            page.controller.card.relationship = "met-in-person"
            page.controller.card.context = ""
            page.openerDrawer.open()
            tryVerify(function () { return page.openerDrawer.opened }, 3000)
            const openers = findChild(page.openerDrawer.contentItem, "openerList")
            tryVerify(function () { return openers.count > 0 && openers.itemAtIndex(0) !== null }, 3000)
            const preview = findChild(openers.itemAtIndex(0), "openerPreview")
            verify(preview.text.indexOf("<span") >= 0, "the first opener has an unfilled part")
            waitForRendering(preview)
            // grabImage(item) of an item inside a popup grabs the wrong place on 6.4:
            // grab the whole scene and look inside the preview's rectangle.
            const at = preview.mapToItem(null, 0, 0)
            const image = grabImage(root)
            let marked = 0
            for (let y = Math.floor(at.y); y < at.y + preview.height; y += 2)
                for (let x = Math.floor(at.x); x < at.x + preview.width; x += 2) {
                    const c = image.pixel(x, y)
                    if (c.r > 0.95 && c.g > 0.75 && c.g < 0.9 && c.b < 0.45)
                        ++marked
                }
            verify(marked > 20, "the unfilled placeholder is drawn on its highlight (" + marked + " pixels)")
            page.openerDrawer.close()
            tryVerify(function () { return !page.openerDrawer.visible }, 3000)
            page.spellingMenu.openAt(page.editor.text.indexOf("realy") + 1, 10, 10)
            tryVerify(function () { return page.spellingMenu.opened }, 3000)
            page.spellingMenu.close()
        }

        // Last: a part of the window that failed to build shows up only as a QML warning.
        function cleanupTestCase() {
            const warnings = TestHelper.qmlWarnings()
            compare(warnings.length, 0, "QML warnings while the tests ran:\n" + warnings.join("\n"))
        }
    }
}
