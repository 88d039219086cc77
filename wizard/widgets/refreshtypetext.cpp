#include "refreshtypetext.h"

QString RefreshTypeText::text(const Refresh &refresh)
{
    switch (refresh.refreshType()) {
    case Refresh::Type::Scheduled:
        return tr("Scheduled");
    case Refresh::Type::OnDemand:
        return tr("On demand");
    case Refresh::Type::ViaApi:
        return tr("Through the API");
    case Refresh::Type::ViaXmlaEndpoint:
        return tr("Through the XMLA endpoint");
    case Refresh::Type::ViaEnhancedApi:
        return tr("Through the enhanced refresh API");
    case Refresh::Type::OnDemandTraining:
        return tr("On demand (training)");
    case Refresh::Type::Other:
        break;
    }
    return refresh.refreshTypeText().isEmpty() ? tr("Unknown") : refresh.refreshTypeText();
}
