// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Worknation.Ui

/** The talent's coding page without a server: the editor starts from the chosen language's
 * template, the buttons wait while a run is judged, and each case shows its verdict (a hidden
 * case nothing more). */
Item {
    id: root
    width: 1100
    height: 760

    CodingChallengePage {
        id: page
        anchors.fill: parent
    }

    TestCase {
        name: "CodingChallenge"
        when: windowShown

        readonly property var challenge: ({
                id: 7,
                title: "Sum of two numbers",
                description: "Read two numbers, print their sum.",
                sample_cases: 1,
                hidden_cases: 1,
                limits: {
                    cpu_time_ms: 2000,
                    memory_mb: 128
                },
                languages: [
                    {
                        id: 1,
                        name: "C",
                        version: "gcc 12",
                        template: "int main(void) { return 0; }\n"
                    },
                    {
                        id: 2,
                        name: "Python 3",
                        version: "Python 3.11",
                        template: "import sys\n"
                    }
                ]
            })

        function verdict(id, description) {
            return {
                id: id,
                description: description
            };
        }

        function init() {
            page.submission = null;
            page.challenge = {}; // back to the list: the challenge opens afresh
            page.challenge = challenge;
            findChild(page, "languagePicker").currentIndex = 0;
        }

        function test_theEditorStartsFromTheLanguagesTemplate() {
            compare(page.source, "int main(void) { return 0; }\n");
            findChild(page, "languagePicker").currentIndex = 1;
            compare(page.source, "import sys\n", "an untouched template follows the language");
            page.source = "print(sum(map(int, input().split())))\n";
            findChild(page, "languagePicker").currentIndex = 0;
            compare(page.source, "print(sum(map(int, input().split())))\n", "written code stays");
        }

        function test_theButtonsWaitWhileARunIsJudged() {
            const run = findChild(page, "runCode");
            const submit = findChild(page, "submitCode");
            verify(run.enabled && submit.enabled);
            page.submission = {
                id: 3,
                kind: "run",
                status: verdict(1, "In Queue"),
                queue_position: 2,
                test_cases: []
            };
            verify(!run.enabled && !submit.enabled);
            verify(findChild(page, "verdict").text.indexOf("place 2 in the queue") >= 0);
            page.submission = {
                id: 3,
                kind: "run",
                status: verdict(3, "Accepted"),
                test_cases: []
            };
            verify(run.enabled && submit.enabled);
        }

        function test_eachCaseShowsItsVerdictAndOnlySamplesTheirOutput() {
            page.submission = {
                id: 4,
                kind: "submit",
                status: verdict(4, "Wrong Answer"),
                score: 1,
                max_score: 3,
                test_cases: [
                    {
                        position: 1,
                        is_sample: true,
                        status: verdict(3, "Accepted"),
                        stdout: "5\n",
                        expected_output: "5\n",
                        cpu_time_ms: 3,
                        memory_kb: 900
                    },
                    {
                        position: 2,
                        is_sample: false,
                        status: verdict(4, "Wrong Answer"),
                        cpu_time_ms: 2,
                        memory_kb: 880
                    }
                ]
            };
            const list = findChild(page, "caseResults");
            tryCompare(list, "count", 2);
            verify(findChild(page, "verdict").text.indexOf("score 1 of 3") >= 0);
            list.currentIndex = 0;
            const sample = list.currentItem;
            verify(findChild(sample, "caseVerdict").text.indexOf("sample") >= 0);
            verify(findChild(sample, "caseOutput").visible);
            list.currentIndex = 1;
            const hidden = list.currentItem;
            verify(findChild(hidden, "caseVerdict").text.indexOf("Wrong Answer") >= 0);
            verify(!findChild(hidden, "caseOutput").visible, "a hidden case shows no output");
        }
    }
}
