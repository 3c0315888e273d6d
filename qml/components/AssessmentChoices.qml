// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Worknation.Client

/**
 * The assessments the person may see (the platform's, and their company's own), as a combo box
 * takes them: [{value: slug, text: title}], read page after page so that none past the first
 * hundred is left out. `loaded` says when they have all come, or why not.
 */
QtObject {
    id: choices

    /** Every assessment, in the server's order; empty until read. */
    property var entries: []

    /** All pages have come (@p error empty), or one was refused. */
    signal loaded(string error)

    /** The entries after one that stands for none of them (value ""), saying @p text. */
    function after(text: string): var {
        const all = choices.entries.slice();
        all.unshift({
            value: "",
            text: text
        });
        return all;
    }

    function read() {
        const found = [];
        const fetch = page => Backend.call("assessments", {
                page: page,
                limit: 100
            }, (error, body) => {
                if (error) {
                    choices.loaded(error);
                    return;
                }
                for (const instrument of body.data)
                    found.push({
                        value: instrument.slug,
                        text: instrument.title
                    });
                if (page < (body.meta.pages ?? 0)) {
                    fetch(page + 1);
                    return;
                }
                choices.entries = found;
                choices.loaded("");
            });
        fetch(1);
    }

    Component.onCompleted: choices.read()
}
