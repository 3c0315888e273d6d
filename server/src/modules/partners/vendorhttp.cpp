// SPDX-License-Identifier: Apache-2.0
#include "vendorhttp.h"

#include "core/logging.h"

#include <wn/common/json.h>

#include <QJsonDocument>

#include <curl/curl.h>

namespace wn {

namespace {

size_t collect(char *data, size_t size, size_t count, void *out)
{
    static_cast<QByteArray *>(out)->append(data, qsizetype(size * count));
    return size * count;
}

} // namespace

VendorReply postToVendor(const QString &url, const QJsonObject &body, int timeoutSeconds)
{
    VendorReply reply;
    CURL *curl = curl_easy_init();
    if (!curl)
        return reply;
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray payload = json::compact(body);
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Accept: application/json");
    QByteArray answer;
    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(payload.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    const CURLcode result = curl_easy_perform(curl);
    if (result == CURLE_OK) {
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
        reply.body = QJsonDocument::fromJson(answer).object();
    } else {
        qCWarning(lcServer) << "vendor unreachable:" << curl_easy_strerror(result);
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return reply;
}

} // namespace wn
