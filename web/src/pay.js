// SPDX-License-Identifier: Apache-2.0
// Plain JavaScript, so that the tests hold it to common/'s own words without a build.

const grouped = new Intl.NumberFormat("en-NG", { maximumFractionDigits: 0 });
/** @type {Record<string, string>} */
const perPeriod = { hour: "an hour", day: "a day", month: "a month", year: "a year" };

/**
 * A pay range as the desktop client writes it (forms::payRange): "₦450,000 – ₦700,000 a month",
 * the naira's sign, other currencies by their code before the amount; empty without an amount.
 * @param {number | null | undefined} min
 * @param {number | null | undefined} max
 * @param {string} [currency]
 * @param {string} [period]
 * @returns {string}
 */
export function pay(min, max, currency = "NGN", period = "") {
    const low = min ?? 0;
    const high = max ?? 0;
    if (low <= 0 && high <= 0)
        return "";
    const code = currency || "NGN";
    const symbol = code === "NGN" ? "₦" : code + " ";
    /** @param {number} value */
    const amount = (value) => symbol + grouped.format(value);
    const range = low <= 0 || low === high ? amount(Math.max(low, high)) : `${amount(low)} – ${amount(high)}`;
    const words = perPeriod[period];
    return words ? `${range} ${words}` : range;
}
