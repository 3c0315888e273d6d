// SPDX-License-Identifier: Apache-2.0
#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QVarLengthArray>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcDispatcher, "worknation.server.dispatcher")

namespace wn {

namespace {

constexpr int maxEventsPerWait = 256;

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wake < 0)
        qFatal("epoll or eventfd unavailable: %s", std::strerror(errno));
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = m_wake;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wake);
    ::close(m_epoll);
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const bool existed = m_watches.contains(fd);
    Watch &watch = m_watches[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    updateInterest(fd, existed);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto found = m_watches.find(fd);
    if (found == m_watches.end())
        return;
    for (QSocketNotifier **slot : { &found->read, &found->write, &found->exception }) {
        if (*slot == notifier)
            *slot = nullptr;
    }
    updateInterest(fd, true);
}

void EpollEventDispatcher::updateInterest(int fd, bool existed)
{
    const auto found = m_watches.find(fd);
    epoll_event event {};
    event.data.fd = fd;
    if (found->read)
        event.events |= EPOLLIN;
    if (found->write)
        event.events |= EPOLLOUT;
    if (found->exception)
        event.events |= EPOLLPRI;
    if (event.events == 0) {
        m_watches.erase(found);
        // The fd may be closed already, which removed it from the set: nothing to do then.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &event);
        return;
    }
    // A closed and reused fd number may be unknown to epoll, or known to it but not to us.
    if (epoll_ctl(m_epoll, existed ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event) == 0)
        return;
    const int error = errno;
    if (existed && error == ENOENT && epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0)
        return;
    if (!existed && error == EEXIST && epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) == 0)
        return;
    qCWarning(lcDispatcher) << "cannot watch socket" << fd << std::strerror(errno);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    const Clock::time_point due = Clock::now() + std::chrono::milliseconds(interval);
    m_timers.insert(timerId, { timerId, interval, timerType, object, due });
    m_due.emplace(due, timerId);
    m_timersOf.insert(object, timerId);
}

void EpollEventDispatcher::removeTimer(QHash<int, Timer>::iterator timer)
{
    m_due.erase({ timer->due, timer->id });
    m_timersOf.remove(timer->object, timer->id);
    m_timers.erase(timer);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto found = m_timers.find(timerId);
    if (found == m_timers.end())
        return false;
    removeTimer(found);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const QList<int> ids = m_timersOf.values(object);
    for (const int id : ids)
        unregisterTimer(id);
    return !ids.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(
        QObject *object) const
{
    QList<TimerInfo> timers;
    for (auto it = m_timersOf.constFind(object); it != m_timersOf.cend() && it.key() == object;
         ++it) {
        const Timer &timer = m_timers.value(it.value());
        timers.append(TimerInfo(timer.id, int(timer.interval), timer.type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto found = m_timers.constFind(timerId);
    if (found == m_timers.cend())
        return -1;
    const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(found->due - Clock::now());
    return int(std::max<qint64>(0, left.count()));
}

int EpollEventDispatcher::msToNextTimer() const
{
    if (m_due.empty())
        return -1;
    const auto left = m_due.begin()->first - Clock::now();
    if (left <= Clock::duration::zero())
        return 0; // due already
    // Round up: waking a millisecond early would only wait again.
    return int(std::min<qint64>(std::chrono::ceil<std::chrono::milliseconds>(left).count(),
                                24 * 3600 * 1000));
}

bool EpollEventDispatcher::fireTimers()
{
    const Clock::time_point now = Clock::now();
    QVarLengthArray<int, 16> due;
    for (auto it = m_due.begin(); it != m_due.end() && it->first <= now; ++it)
        due.append(it->second);
    for (const int id : due) {
        // An earlier timer's handler may have stopped or restarted this one.
        const auto it = m_timers.find(id);
        if (it == m_timers.end() || it->due > now)
            continue;
        m_due.erase({ it->due, id });
        it->due = std::max(it->due + std::chrono::milliseconds(it->interval), now);
        m_due.emplace(it->due, id);
        QTimerEvent event(id);
        QCoreApplication::sendEvent(it->object, &event);
    }
    return !due.isEmpty();
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool wait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    if (wait)
        Q_EMIT aboutToBlock();
    epoll_event events[maxEventsPerWait];
    int ready = epoll_wait(m_epoll, events, maxEventsPerWait, wait ? msToNextTimer() : 0);
    if (ready < 0) {
        if (errno != EINTR)
            qCWarning(lcDispatcher) << "epoll_wait:" << std::strerror(errno);
        ready = 0;
    }
    if (wait)
        Q_EMIT awake();

    bool handled = false;
    const bool sockets = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    for (int i = 0; i < ready && !m_interrupted.load(); ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wake) {
            eventfd_t drained;
            eventfd_read(m_wake, &drained);
            continue;
        }
        if (!sockets)
            continue;
        const uint32_t what = events[i].events;
        const bool broken = what & (EPOLLERR | EPOLLHUP);
        // Look the notifiers up each time: activating one may remove another.
        for (const QSocketNotifier::Type type :
             { QSocketNotifier::Read, QSocketNotifier::Write, QSocketNotifier::Exception }) {
            const auto watch = m_watches.constFind(fd);
            if (watch == m_watches.constEnd())
                break;
            QSocketNotifier *notifier = type == QSocketNotifier::Read ? watch->read
                    : type == QSocketNotifier::Write                  ? watch->write
                                                                      : watch->exception;
            const bool active = type == QSocketNotifier::Read ? (what & EPOLLIN) || broken
                    : type == QSocketNotifier::Write          ? (what & EPOLLOUT) || broken
                                                              : (what & EPOLLPRI) != 0;
            if (notifier && active) {
                QEvent event(QEvent::SockAct);
                QCoreApplication::sendEvent(notifier, &event);
                handled = true;
            }
        }
    }
    if (!m_interrupted.load())
        handled = fireTimers() || handled;
    return handled;
}

void EpollEventDispatcher::wakeUp()
{
    eventfd_write(m_wake, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace wn
