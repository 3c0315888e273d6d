// SPDX-License-Identifier: Apache-2.0
#include "outbound.h"

#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

struct Answer
{
    QByteArray bytes;
    qsizetype limit = -1;
};

size_t collect(char *data, size_t size, size_t count, void *target)
{
    auto *answer = static_cast<Answer *>(target);
    const auto bytes = qsizetype(size * count);
    if (answer->limit >= 0 && answer->bytes.size() + bytes > answer->limit)
        return 0; // ends the transfer: nothing the server asks for is this large
    answer->bytes.append(data, bytes);
    return size * count;
}

} // namespace

OutboundReply sendOutbound(const OutboundRequest &request)
{
    OutboundReply reply;
    CURL *curl = curl_easy_init();
    if (!curl) {
        reply.error = u"curl could not start a transfer"_s;
        return reply;
    }
    curl_slist *headers = nullptr;
    for (const QByteArray &line : request.headers)
        headers = curl_slist_append(headers, line.constData());
    Answer answer { {}, request.maxAnswerBytes };
    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    if (request.body) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body->constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(request.body->size()));
    }
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    if (request.connectTimeoutSeconds > 0)
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(request.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(request.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    const CURLcode result = curl_easy_perform(curl);
    if (result == CURLE_OK) {
        reply.completed = true;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
        reply.body = std::move(answer.bytes);
    } else {
        reply.error = QString::fromUtf8(curl_easy_strerror(result));
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return reply;
}

} // namespace wn
