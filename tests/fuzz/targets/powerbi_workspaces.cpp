// GET /groups: the workspaces the account can see ({"value":[...]}).
#include "fuzzinput.h"
#include "fuzzsetup.h"
#include "workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QList<Workspace>> workspaces =
        Workspace::listFromJson(FuzzInput(data, size).bytes());
    if (!workspaces) {
        fuzzCheck(workspaces.error().kind() == ApiError::Kind::Parse,
                  "an unreadable list is a parse error");
        return 0;
    }
    for (const Workspace &workspace : workspaces.value()) {
        // id is required: an entry without one is skipped, never kept empty.
        fuzzCheck(!workspace.id().isEmpty(), "a workspace is kept with its id");
        (void)workspace.name().size();
        (void)workspace.capacityId().size();
    }
    return 0;
}
