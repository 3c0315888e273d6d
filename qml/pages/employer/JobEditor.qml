// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Worknation.Client
import Worknation.Ui

/**
 * Creates a job, or edits the one given. An edit first loads the whole job from the server (the
 * company's list leaves the description out) and then sends only the fields that changed, so a
 * field the form never showed is never overwritten. Until the job has loaded the form takes no
 * typing (the job would overwrite it) and cannot be saved (defaults would go over the job's own).
 */
QQC2.Dialog {
    id: editor

    property var job: ({})
    /** The job as the server gave it, for an edit; what the form's fields are compared with. */
    property var loaded: ({})
    property bool loading: false
    property string error
    /** A new job, or the job to edit as the server gave it: the form may be typed in and saved. */
    readonly property bool ready: !editor.job.id || editor.loaded.id === editor.job.id

    signal saved

    /** Amounts for people: whole naira with thousands separators ("900,000"). */
    function amountText(amount: var): string {
        return amount === undefined || amount === null ? "" : Number(amount).toLocaleString(Qt.locale("en_NG"), "f", 0);
    }
    /** The whole amount typed ("600,000", "600000", "₦ 600 000"); NaN when it is not one. */
    function amountOf(text: string): real {
        const digits = text.replace(/[\s,₦]/g, "");
        return /^[0-9]+$/.test(digits) ? Number(digits) : NaN;
    }

    function fill(job: var) {
        editor.loaded = job;
        title.text = job.title ?? "";
        description.text = job.description ?? "";
        stateField.text = job.location?.state ?? "";
        salaryMin.text = amountText(job.salary?.min);
        salaryMax.text = amountText(job.salary?.max);
        mode.currentIndex = Math.max(0, mode.indexOfValue(job.work_mode ?? "on_site"));
        type.currentIndex = Math.max(0, type.indexOfValue(job.job_type ?? "full_time"));
    }

    /**
     * Writes each problem (field → message, from the server's rules) under its field, and any
     * other under the form; true when there was a problem.
     */
    function showProblems(problems: var): bool {
        const fields = {
            title: title,
            description: descriptionProblem,
            state: stateField,
            salary_min: salaryMin,
            salary_max: salaryMax
        };
        for (const key in fields)
            fields[key].error = problems[key] ?? "";
        const elsewhere = [];
        for (const key in problems) {
            if (!fields[key])
                elsewhere.push(qsTr("%1: %2").arg(key).arg(problems[key]));
        }
        editor.error = elsewhere.join(" ");
        return Object.keys(problems).length > 0;
    }

    function edit(job: var) {
        editor.job = job;
        showProblems({});
        fill({});
        if (job.id) {
            loading = true;
            Backend.call("job", {
                id: job.id
            }, (failure, full) => {
                if (editor.job.id !== job.id)
                    return; // another job was opened since: its own answer fills the form
                loading = false;
                if (failure)
                    editor.error = failure;
                else
                    editor.fill(full);
            });
        }
        open();
    }

    /** The form's values as the API takes them, or null with the fields' problems shown. */
    function form(): var {
        const values = {
            title: title.text,
            description: description.text,
            work_mode: mode.currentValue,
            job_type: type.currentValue,
            state: stateField.text
        };
        const min = salaryMin.text.trim().length > 0 ? amountOf(salaryMin.text) : null;
        const max = salaryMax.text.trim().length > 0 ? amountOf(salaryMax.text) : null;
        salaryMin.error = Number.isNaN(min) ? qsTr("Enter a whole amount in naira, like 450,000") : "";
        salaryMax.error = Number.isNaN(max) ? qsTr("Enter a whole amount in naira, like 700,000") : "";
        if (!salaryMin.error && !salaryMax.error) {
            if ((min === null) !== (max === null))
                (min === null ? salaryMin : salaryMax).error = qsTr("Give both amounts, or neither");
            else if (min !== null && min > max)
                salaryMax.error = qsTr("The top of the range is below its bottom");
        }
        if (salaryMin.error || salaryMax.error)
            return null;
        if (min !== null) {
            values.salary_min = min;
            values.salary_max = max;
            values.salary_currency = editor.loaded.salary?.currency || "NGN";
            values.salary_period = editor.loaded.salary?.period || "month";
        }
        return values;
    }

    /** For an edit, only what differs from the job as loaded. */
    function changes(values: var): var {
        const before = {
            title: loaded.title ?? "",
            description: loaded.description ?? "",
            work_mode: loaded.work_mode,
            job_type: loaded.job_type,
            state: loaded.location?.state ?? "",
            salary_min: loaded.salary?.min,
            salary_max: loaded.salary?.max,
            salary_currency: loaded.salary?.currency,
            salary_period: loaded.salary?.period
        };
        const changed = {};
        for (const key in values) {
            if (values[key] !== before[key])
                changed[key] = values[key];
        }
        if (changed.salary_min !== undefined || changed.salary_max !== undefined) {
            changed.salary_min = values.salary_min;
            changed.salary_max = values.salary_max;
            changed.salary_currency = values.salary_currency;
            changed.salary_period = values.salary_period;
        }
        return changed;
    }

    function save() {
        const values = form();
        if (values === null)
            return;
        if (values.state.length === 0 && !editor.job.id)
            delete values.state;
        const body = editor.job.id ? changes(values) : values;
        if (editor.job.id && Object.keys(body).length === 0) {
            close();
            return;
        }
        const operation = editor.job.id ? "updateJob" : "createJob";
        // The server's own rules, checked before anything is sent.
        if (showProblems(FormChecker.check(operation, body)))
            return;
        if (editor.job.id)
            body.id = editor.job.id;
        Backend.call(operation, body, (failure, answer) => {
            if (failure && !editor.showProblems(FormChecker.serverProblems(answer)))
                editor.error = failure;
            if (!failure) {
                editor.close();
                editor.saved();
            }
        });
    }

    /** What is wrong with the description, as FormField keeps it for the other fields. */
    QtObject {
        id: descriptionProblem
        property string error
    }

    modal: true
    anchors.centerIn: QQC2.Overlay.overlay
    width: 560
    closePolicy: QQC2.Popup.CloseOnEscape

    // Save checks the form first and keeps the dialog open (with what it typed) until the server
    // has taken it.
    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "saveJob"
            text: qsTr("Save")
            highlighted: true
            enabled: editor.ready && !editor.loading
            onClicked: editor.save()
        }
        QQC2.Button {
            text: qsTr("Cancel")
            onClicked: editor.reject()
        }
    }

    header: QQC2.Label {
        padding: Theme.spacing
        text: editor.job.id ? qsTr("Edit job") : qsTr("New job")
        font.pixelSize: Theme.headingSize
        color: Theme.primary
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        FormField {
            id: title
            enabled: editor.ready
            input.objectName: "jobTitle"
            label: qsTr("Title")
        }
        RowLayout {
            enabled: editor.ready
            EntriesBox {
                id: mode
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                entries: Vocabulary.choices("work_mode", Qt.uiLanguage)
            }
            EntriesBox {
                id: type
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                entries: Vocabulary.choices("job_type", Qt.uiLanguage)
            }
        }
        RowLayout {
            enabled: editor.ready
            FormField {
                id: stateField
                input.objectName: "jobState"
                label: qsTr("State")
            }
            FormField {
                id: salaryMin
                input.objectName: "salaryMin"
                label: qsTr("Salary from (₦ a month)")
                placeholderText: qsTr("450,000")
            }
            FormField {
                id: salaryMax
                input.objectName: "salaryMax"
                label: qsTr("to")
                placeholderText: qsTr("700,000")
            }
        }
        QQC2.Label {
            text: qsTr("Description")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        TextBox {
            id: description
            objectName: "jobDescription"
            enabled: editor.ready
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            wrapMode: TextEdit.Wrap
            Accessible.description: descriptionProblem.error
            onTextChanged: if (activeFocus)
                descriptionProblem.error = ""
        }
        QQC2.Label {
            objectName: "jobDescriptionError"
            Layout.fillWidth: true
            visible: descriptionProblem.error.length > 0
            text: descriptionProblem.error
            color: Theme.error
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            objectName: "jobError"
            visible: editor.error.length > 0
            text: editor.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
}
