// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * A session's check-in code over the whole window, for a projector: the picture the server draws,
 * drawn again when the server rotates the code, the check-in address it carries as text, a
 * countdown to the next code and how many have checked in.
 */
QQC2.Popup {
    id: view

    /** The session, as the cohort's sessions list gives it. */
    property var session: ({})
    /** The check-in address the picture carries (the code's JSON `url`). */
    property string address
    /** The picture, as a data: URL (never cached). */
    property string picture
    /** When the server draws the next code (ms since the epoch; 0 while one is being fetched). */
    property double nextCodeAt: 0
    property int secondsLeft: 0
    /** How many have checked in (-1 until the server answers). */
    property int checkedIn: -1
    property string error
    /** Seconds since the count was last asked for. */
    property int sinceCount: 0
    readonly property var window: parent ? parent.Window.window : null

    /** Shows @p session's code. */
    function show(session: var) {
        view.session = session;
        view.address = "";
        view.picture = "";
        view.error = "";
        view.checkedIn = -1;
        open();
        refresh();
        count();
    }

    /**
     * Fetches the picture, then the address: the two are of one code unless the server rotated
     * it between the answers, which the address's later rotation shows; then both are fetched
     * again.
     */
    function refresh() {
        const id = view.session.id;
        view.nextCodeAt = 0;
        Backend.picture("sessionCode", {
            id: id,
            format: "png"
        }, (failure, drawn) => {
            if (!view.opened || view.session.id !== id)
                return;
            if (failure)
                return view.failed(failure);
            Backend.call("sessionCode", {
                id: id,
                format: "json"
            }, (failure, code) => {
                if (!view.opened || view.session.id !== id)
                    return;
                if (failure)
                    return view.failed(failure);
                if (code.refresh_in_seconds > drawn.refresh_in)
                    return view.refresh();
                view.error = "";
                view.picture = drawn.source;
                view.address = code.url;
                view.nextCodeAt = Date.now() + drawn.refresh_in * 1000;
                view.tick();
            });
        });
    }

    /** Says what went wrong, and tries again in a few seconds (a dropped network comes back). */
    function failed(problem: string) {
        view.error = problem;
        view.nextCodeAt = Date.now() + 5000;
        view.tick();
    }

    function count() {
        view.sinceCount = 0;
        Backend.call("attendanceRecords", {
            session_id: view.session.id,
            limit: 1
        }, (failure, body) => {
            if (!failure && view.opened)
                view.checkedIn = body.meta.total;
        });
    }

    function tick() {
        view.secondsLeft = Math.max(0, Math.ceil((view.nextCodeAt - Date.now()) / 1000));
    }

    parent: QQC2.Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    closePolicy: QQC2.Popup.CloseOnEscape
    padding: Theme.spacing * 2
    background: Rectangle {
        color: Theme.background
    }
    onClosed: {
        if (view.window?.visibility === Window.FullScreen)
            view.window.visibility = Window.Windowed;
        view.picture = "";
    }

    Timer {
        // The countdown, the next code once it is due, and the count every 5 s.
        interval: 1000
        repeat: true
        running: view.opened
        onTriggered: {
            view.tick();
            if (view.nextCodeAt > 0 && Date.now() >= view.nextCodeAt)
                view.refresh();
            if (++view.sinceCount >= 5)
                view.count();
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: view.session.title ?? ""
            subtitle: qsTr("Scan the code with your phone's camera to check in.")
            QQC2.Button {
                objectName: "fullScreen"
                readonly property bool fullScreen: view.window?.visibility === Window.FullScreen
                text: fullScreen ? qsTr("Leave full screen") : qsTr("Full screen")
                onClicked: view.window.visibility = fullScreen ? Window.Windowed : Window.FullScreen
            }
            QQC2.Button {
                objectName: "closeCode"
                text: qsTr("Close")
                onClicked: view.close()
            }
        }
        QQC2.Label {
            objectName: "codeProblem"
            Layout.fillWidth: true
            visible: view.error.length > 0
            text: view.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 3

            Rectangle {
                // The code on white, with a quiet zone, whatever the colour scheme.
                Layout.fillHeight: true
                Layout.preferredWidth: height
                Layout.maximumWidth: parent.width * 0.62
                color: "white"
                radius: Theme.radius
                Image {
                    objectName: "codePicture"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    source: view.picture
                    cache: false
                    smooth: false
                    fillMode: Image.PreserveAspectFit
                }
                QQC2.BusyIndicator {
                    anchors.centerIn: parent
                    running: view.picture.length === 0 && view.error.length === 0
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing / 2

                QQC2.Label {
                    objectName: "checkedInCount"
                    text: view.checkedIn >= 0 ? view.checkedIn : "–"
                    font.pixelSize: 72
                    font.bold: true
                    color: Theme.accent
                }
                QQC2.Label {
                    text: qsTr("checked in")
                    font.pixelSize: Theme.headingSize
                    color: Theme.text
                }
                QQC2.Label {
                    objectName: "codeCountdown"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing * 2
                    text: view.picture.length === 0 ? qsTr("Getting the code…") : view.secondsLeft > 0 ? qsTr("A new code in %1 s").arg(view.secondsLeft) : qsTr("Getting a new code…")
                    font.pixelSize: Theme.headingSize
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("A code works for a minute: a photo of it sent away is soon useless.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                Item {
                    Layout.fillHeight: true
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("The code opens this address; phones in the room must be able to reach it:")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                QQC2.Label {
                    objectName: "checkInAddress"
                    Layout.fillWidth: true
                    text: view.address
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.WrapAnywhere
                    textFormat: Text.PlainText
                }
            }
        }
    }
}
