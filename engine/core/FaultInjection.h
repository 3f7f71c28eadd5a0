#pragma once

#include <QtGlobal>

namespace axion {

// Points on the order path where a crash does the most harm. The restart tests kill a real
// process at exactly one of them: AXION_FAULT_KILL_AT=<point>[:<n>] in the environment makes the
// n-th pass (default 1) through that point end the process with SIGKILL, as a power cut or an
// out-of-memory kill would. Without the variable a pass costs one comparison.
enum class FaultPoint {
    BeforeSend, // the intent is written, the order has not gone to the broker
    AfterSend,  // the broker has the order, nothing after it has happened
    AfterFill,  // a fill is counted in the position, the journal has not committed it
};

void passFaultPoint(FaultPoint point);

} // namespace axion
