// SPDX-License-Identifier: Apache-2.0
pragma Singleton
import QtQuick
import Worknation.Client

QtObject {
    /** The dark scheme: chosen, or the system's (Appearance). */
    readonly property bool dark: Appearance.dark
    readonly property color background: dark ? "#11161f" : "#f6f7fb"
    readonly property color surface: dark ? "#1a202b" : "#ffffff"
    readonly property color primary: dark ? "#8db7ef" : "#14365d"
    readonly property color inverseText: "#ffffff"
    readonly property color accent: dark ? "#4cc26a" : "#1a7f37"
    readonly property color warning: dark ? "#e0a040" : "#b26a00"
    readonly property color text: dark ? "#e3e8f1" : "#1d2433"
    readonly property color muted: dark ? "#9aa3b5" : "#5b6475"
    readonly property color error: dark ? "#ef6b6b" : "#c62828"
    readonly property color border: dark ? "#2e3646" : "#d8dde8"
    /** The frame around what the keyboard is on. */
    readonly property color focus: dark ? "#8db7ef" : "#3b7ddd"
    readonly property color selection: dark ? "#22344f" : "#dde7f5"
    readonly property color navigation: dark ? "#0b1120" : "#10294a"
    readonly property color navigationText: dark ? "#b8c6dc" : "#c9d6ea"
    readonly property color mine: dark ? "#1f3a2a" : "#dcefe1"
    readonly property int spacing: 12
    readonly property int radius: 6
    readonly property int titleSize: 22
    readonly property int headingSize: 17
    readonly property int bodySize: 14
    readonly property int smallSize: 12
    readonly property int navigationWidth: 220
    readonly property int panelWidth: 380

    /** A pale fill of @p tone behind text of that tone, on either scheme. */
    function tint(tone: color): color {
        return dark ? Qt.rgba(tone.r, tone.g, tone.b, 0.2) : Qt.lighter(tone, 1.9);
    }

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
        case "expired":
        case "revoked":
            return error;
        case "shortlisted":
        case "interview":
        case "pending":
        case "expiring":
            return warning;
        default:
            return muted;
        }
    }
}
