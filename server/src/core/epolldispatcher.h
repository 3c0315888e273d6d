// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <chrono>
#include <vector>

namespace wn {

/**
 * @brief An event dispatcher on Linux epoll for the HTTP worker threads.
 *
 * Qt 6.4's dispatchers (glib or poll()) hand the kernel every socket of the thread on every
 * pass of the event loop, so each request costs more the more sockets are open: with 10,000
 * idle chat sockets, /healthz served a twelfth of its throughput. epoll keeps the interest set
 * in the kernel and returns only the sockets that are ready. Timers are kept sorted by nothing
 * cleverer than a scan (a worker thread has a handful per connection at most, and they are
 * only scanned when the loop wakes), posted events go through QCoreApplication as usual, and
 * wakeUp() writes an eventfd.
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

    int m_epoll = -1;
    int m_wake = -1; // eventfd
    QHash<int, Watch> m_watches;
    std::vector<Timer> m_timers;
    std::atomic<bool> m_interrupted { false };
};

} // namespace wn
