// SPDX-License-Identifier: Apache-2.0
#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

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
    m_timers.push_back({ timerId, interval, timerType, object,
                         Clock::now() + std::chrono::milliseconds(interval) });
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
        if (it->id == timerId) {
            m_timers.erase(it);
            return true;
        }
    }
    return false;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const auto before = m_timers.size();
    std::erase_if(m_timers, [object](const Timer &timer) { return timer.object == object; });
    return m_timers.size() != before;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(
        QObject *object) const
{
    QList<TimerInfo> timers;
    for (const Timer &timer : m_timers) {
        if (timer.object == object)
            timers.append(TimerInfo(timer.id, int(timer.interval), timer.type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    for (const Timer &timer : m_timers) {
        if (timer.id == timerId) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(timer.due
                                                                                    - Clock::now());
            return int(std::max<qint64>(0, left.count()));
        }
    }
    return -1;
}

int EpollEventDispatcher::msToNextTimer() const
{
    if (m_timers.empty())
        return -1;
    Clock::time_point next = Clock::time_point::max();
    for (const Timer &timer : m_timers)
        next = std::min(next, timer.due);
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(next - Clock::now());
    // Round up: waking a millisecond early would only wait again.
    return int(std::clamp<qint64>(left.count() + 1, 0, 24 * 3600 * 1000));
}

bool EpollEventDispatcher::fireTimers()
{
    const Clock::time_point now = Clock::now();
    std::vector<int> due;
    for (const Timer &timer : m_timers) {
        if (timer.due <= now)
            due.push_back(timer.id);
    }
    for (const int id : due) {
        // An earlier timer's handler may have stopped or restarted this one.
        const auto it = std::find_if(m_timers.begin(), m_timers.end(),
                                     [id](const Timer &timer) { return timer.id == id; });
        if (it == m_timers.end() || it->due > now)
            continue;
        it->due = std::max(it->due + std::chrono::milliseconds(it->interval), now);
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
    }
    return !due.empty();
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
