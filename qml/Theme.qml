// SPDX-License-Identifier: Apache-2.0
pragma Singleton
import QtQuick

QtObject {
    readonly property color background: "#f6f7fb"
    readonly property color surface: "#ffffff"
    readonly property color primary: "#14365d"
    readonly property color accent: "#1a7f37"
    readonly property color text: "#1d2433"
    readonly property color muted: "#5b6475"
    readonly property color error: "#c62828"
    readonly property color border: "#d8dde8"
    readonly property int spacing: 12
    readonly property int radius: 6
    readonly property int titleSize: 22
    readonly property int bodySize: 14
}
