// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Worknation.Ui

Item {
    id: root
    width: 900
    height: 700

    AttemptView {
        id: view
        anchors.fill: parent
    }

    SignalSpy {
        id: answered
        target: view
        signalName: "answered"
    }
    SignalSpy {
        id: read
        target: view
        signalName: "readingFinished"
    }
    SignalSpy {
        id: submitted
        target: view
        signalName: "submitRequested"
    }

    TestCase {
        name: "Attempt"
        when: windowShown

        // An attempt as the server gives it: three questions, the first answered when asked.
        function attempt(firstAnswer, secondsLeft, timeUp) {
            return {
                id: 7,
                instrument: {
                    title: "Trial"
                },
                seconds_left: secondsLeft,
                time_up: timeUp,
                questions: [
                    {
                        id: 11,
                        type: "likert",
                        text: "I plan my day.",
                        options: [],
                        answer: firstAnswer
                    },
                    {
                        id: 12,
                        type: "single_choice",
                        text: "Which is a noun?",
                        options: [
                            {
                                key: "a",
                                text: "run"
                            },
                            {
                                key: "b",
                                text: "table"
                            }
                        ],
                        answer: null
                    },
                    {
                        id: 13,
                        type: "multiple_choice",
                        text: "Which are colours?",
                        options: [
                            {
                                key: "a",
                                text: "red"
                            },
                            {
                                key: "b",
                                text: "blue"
                            },
                            {
                                key: "c",
                                text: "loud"
                            }
                        ],
                        answer: null
                    }
                ]
            };
        }

        // The item called @p name, once it is laid out where a click finds it.
        function shown(name) {
            const item = findChild(view, name);
            verify(item !== null, name);
            // New answer boxes are placed by their layouts when these are polished.
            tryVerify(() => {
                for (let up = item.parent; up && up !== view; up = up.parent) {
                    if (isPolishScheduled(up))
                        return false;
                }
                return true;
            });
            return item;
        }

        function init() {
            answered.clear();
            read.clear();
            submitted.clear();
        }

        function test_oneQuestionAtATimeWithProgress() {
            view.attempt = attempt(null, 600, false);
            compare(shown("questionText").text, "I plan my day.");
            compare(shown("progressLabel").text, "Question 1 of 3 · 0 answered");
            verify(shown("rating_1").visible);
            verify(!shown("previousButton").enabled);
            mouseClick(shown("nextButton"));
            compare(shown("questionText").text, "Which is a noun?");
            verify(shown("option_12_b").visible);
        }

        function test_answersAreReportedAsGiven() {
            view.attempt = attempt(null, 600, false);
            mouseClick(shown("rating_4"));
            compare(answered.count, 1);
            compare(answered.signalArguments[0][0], 11);
            compare(answered.signalArguments[0][1].rating, 4);
            compare(shown("progressLabel").text, "Question 1 of 3 · 1 answered");

            mouseClick(shown("nextButton"));
            mouseClick(shown("option_12_b"));
            compare(answered.signalArguments[1][1].choice, "b");

            // Several choices: each click sends the whole set.
            mouseClick(shown("nextButton"));
            mouseClick(shown("option_13_a"));
            mouseClick(shown("option_13_b"));
            compare(answered.signalArguments[3][1].choices, ["a", "b"]);
            mouseClick(shown("option_13_a"));
            compare(answered.signalArguments[4][1].choices, ["b"]);
        }

        function test_resumingGoesToTheFirstUnanswered() {
            view.attempt = attempt({
                rating: 2
            }, 600, false);
            compare(shown("questionText").text, "Which is a noun?");
            compare(shown("progressLabel").text, "Question 2 of 3 · 1 answered");
            mouseClick(shown("previousButton"));
            verify(shown("rating_2").checked);
            verify(!shown("rating_4").checked);
        }

        function test_theClockIsTheServers() {
            view.attempt = attempt(null, 125, false);
            compare(shown("timerLabel").text, "2:05 left");
            view.attempt = attempt(null, 0, true);
            compare(shown("timerLabel").text, "Time is up");
            // Answers can no longer be given; submitting still can.
            verify(!shown("rating_3").enabled);
            mouseClick(shown("rating_3"));
            compare(answered.count, 0);
            mouseClick(shown("submitButton"));
            compare(submitted.count, 1);
        }

        function test_aPassageIsReadBeforeItsQuestions() {
            view.attempt = {
                id: 8,
                seconds_left: 600,
                passage: {
                    title: "The market",
                    body: "Every Saturday the market opens at six."
                },
                questions: []
            };
            compare(shown("progressLabel").text, "Read the passage");
            compare(shown("passageText").text, "Every Saturday the market opens at six.");
            verify(!shown("questionText").visible);
            mouseClick(shown("readButton"));
            compare(read.count, 1);
        }
    }
}
