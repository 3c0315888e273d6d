// SPDX-License-Identifier: Apache-2.0
pragma Singleton
import QtQuick

QtObject {
    readonly property color background: "#f6f7fb"
    readonly property color surface: "#ffffff"
    readonly property color primary: "#14365d"
    readonly property color inverseText: "#ffffff"
    readonly property color accent: "#1a7f37"
    readonly property color warning: "#b26a00"
    readonly property color text: "#1d2433"
    readonly property color muted: "#5b6475"
    readonly property color error: "#c62828"
    readonly property color border: "#d8dde8"
    readonly property color selection: "#dde7f5"
    readonly property color navigation: "#10294a"
    readonly property color navigationText: "#c9d6ea"
    readonly property color mine: "#dcefe1"
    readonly property int spacing: 12
    readonly property int radius: 6
    readonly property int titleSize: 22
    readonly property int headingSize: 17
    readonly property int bodySize: 14
    readonly property int smallSize: 12
    readonly property int navigationWidth: 220
    readonly property int panelWidth: 380

    /** The colour of a status badge: good news green, bad news red, waiting grey. */
    function statusColor(status: string): color {
        switch (status) {
        case "hired":
        case "offered":
        case "accepted":
        case "approved":
        case "published":
        case "completed":
            return accent;
        case "rejected":
        case "withdrawn":
        case "failed_assessment":
        case "closed":
        case "archived":
            return error;
        case "shortlisted":
        case "interview":
        case "pending":
            return warning;
        default:
            return muted;
        }
    }
}
