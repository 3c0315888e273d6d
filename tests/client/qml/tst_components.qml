// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Worknation.Ui

Item {
    id: root
    width: 600
    height: 400

    StateView {
        id: stateView
        width: 300
    }

    StatusBadge {
        id: badge
    }

    Timeline {
        id: timeline
        width: 300
    }

    SignalSpy {
        id: retried
        target: stateView
        signalName: "retry"
    }

    TestCase {
        name: "Components"
        when: windowShown

        function childWithText(item, text) {
            for (let i = 0; i < item.children.length; ++i) {
                if (item.children[i].text === text)
                    return item.children[i];
            }
            return null;
        }

        function test_emptyListSaysSo() {
            stateView.count = 0;
            stateView.loading = false;
            stateView.error = "";
            stateView.emptyText = "No jobs match yet.";
            verify(stateView.visible);
            const label = childWithText(stateView, "No jobs match yet.");
            verify(label !== null, "the empty text is shown");
            verify(label.visible);
        }

        function test_rowsHideTheStateView() {
            stateView.error = "";
            stateView.count = 3;
            verify(!stateView.visible);
        }

        function test_anErrorOffersARetry() {
            stateView.count = 0;
            stateView.loading = false;
            stateView.error = "The server cannot be reached.";
            const retry = childWithText(stateView, "Try again");
            verify(retry !== null);
            verify(retry.visible);
            retried.clear();
            mouseClick(retry);
            compare(retried.count, 1);
        }

        function test_statusesReadAsWordsWithTheirColour() {
            badge.status = "failed_assessment";
            compare(badge.children[0].text, "failed assessment");
            compare(badge.border.color, Theme.error);
            badge.status = "hired";
            compare(badge.border.color, Theme.accent);
            badge.status = "shortlisted";
            compare(badge.border.color, Theme.warning);
        }

        function test_aTimelineShowsEveryStep() {
            timeline.steps = [
                {
                    at: "2026-11-20T09:00:00Z",
                    by: "talent",
                    from: null,
                    to: "applied",
                    reason: null
                },
                {
                    at: "2026-11-21T10:00:00Z",
                    by: "company",
                    from: "applied",
                    to: "rejected",
                    reason: "position_filled"
                }
            ];
            // One row per step, after the Repeater itself.
            tryCompare(timeline.children, "length", 3);
        }
    }
}
