#pragma once

#include "execution/EngineWorker.h"

#include <QThread>
#include <memory>

namespace axion {

// The engine's worker thread. Owns the EngineWorker, moves it to the thread and starts it there;
// destroying the EngineThread stops the worker on its own thread (journal flushed), then quits
// and joins the thread. The GUI talks to worker() only through queued connections.
class EngineThread {
public:
    explicit EngineThread(EngineWorkerOptions options);
    ~EngineThread();
    EngineThread(const EngineThread&) = delete;
    EngineThread& operator=(const EngineThread&) = delete;

    EngineWorker* worker() const { return m_worker; }
    // Starts the thread and invokes EngineWorker::start() on it. Connect to the worker's signals
    // before calling this so that nothing published is missed.
    void start();

private:
    std::unique_ptr<QThread> m_thread;
    EngineWorker* m_worker; // deleted on its own thread (deleteLater at finish)
};

} // namespace axion
