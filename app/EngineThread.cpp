#include "EngineThread.h"

#include <QMetaObject>

namespace axion {

EngineThread::EngineThread(EngineWorkerOptions options)
    : m_thread(std::make_unique<QThread>())
    , m_worker(new EngineWorker(std::move(options))) {
    m_thread->setObjectName(QStringLiteral("engine"));
    m_worker->moveToThread(m_thread.get());
    // The worker's timers, broker and database connection die on the thread that made them.
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
}

EngineThread::~EngineThread() {
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(m_worker, &EngineWorker::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_worker;
    }
}

void EngineThread::start() {
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &EngineWorker::start, Qt::QueuedConnection);
}

} // namespace axion
