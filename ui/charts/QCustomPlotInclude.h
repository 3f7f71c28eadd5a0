#pragma once

// QCustomPlot's header declares its signals with the `signals` keyword and iterates with
// `foreach`, both of which QT_NO_KEYWORDS (set for the whole project) switches off. Include
// QCustomPlot through this header: it maps the two keywords to their Q_ macros for the duration
// of the include only, so our own code still cannot use them.

#if defined(signals) || defined(foreach)
#error "QCustomPlotInclude.h expects the Qt keywords to be off (QT_NO_KEYWORDS)"
#endif

#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals
