// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QMultiHash>

#include <atomic>
#include <chrono>
#include <set>
#include <utility>

namespace wn {

/**
 * @brief An event dispatcher on Linux epoll for the HTTP worker threads.
 *
 * Qt 6.4's dispatchers (glib or poll()) hand the kernel every socket of the thread on every
 * pass of the event loop, so each request costs more the more sockets are open: with 10,000
 * idle chat sockets, /healthz served a twelfth of its throughput. epoll keeps the interest set
 * in the kernel and returns only the sockets that are ready. Timers are kept in order of when
 * they are due, and by id and by object, so that starting, stopping and finding the next one
 * cost the same with 10,000 sockets' timers as with ten (a scan of them all, on every pass and
 * every stop, took 9% of /healthz's time beside 10,000 idle sockets). Posted events go through
 * QCoreApplication as usual, and wakeUp() writes an eventfd.
 */
class EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
    };
    struct Timer
    {
        int id;
        qint64 interval; // ms
        Qt::TimerType type;
        QObject *object;
        Clock::time_point due;
    };

    void updateInterest(int fd, bool existed);
    int msToNextTimer() const;
    bool fireTimers();
    void removeTimer(QHash<int, Timer>::iterator timer);

    int m_epoll = -1;
    int m_wake = -1; // eventfd
    QHash<int, Watch> m_watches;
    QHash<int, Timer> m_timers; // by id
    std::set<std::pair<Clock::time_point, int>> m_due; // (due, id), soonest first
    QMultiHash<QObject *, int> m_timersOf; // object -> ids
    std::atomic<bool> m_interrupted { false };
};

} // namespace wn
