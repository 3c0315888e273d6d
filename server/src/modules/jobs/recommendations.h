// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

namespace wn {

struct ServerContext;

/**
 * Published jobs a talent has not applied to, ranked by how many of the job's skills the talent
 * has, then career level, location and job preferences, each with its reasons ("matches 4 of 5
 * skills"). Candidates come from the talent's skills through the job_skills index, so the cost
 * follows the jobs that share a skill, not the number of jobs.
 */
QJsonObject recommendJobs(ServerContext &context, qint64 talentId, int page, int limit);

} // namespace wn
