#pragma once

#include <QString>

class IntegrationService;

// The program's script mode (--screenshots DIR): walks through the window and every wizard
// step, including the error states, and saves each as a PNG, for the docs and for looking
// at a translation as a user sees it. Uses the Demo ACD (and Five9's pages when present).
namespace Screenshots {
int render(IntegrationService &service, const QString &directory, const QString &language);
}
