# The fuzz targets, one per reader of what comes from outside; each is targets/<name>.cpp and
# its seeds are in corpus/<name>/. Read by both CMake projects: the one that builds them with
# clang (targets/) and the program's, which runs them as tests.
set(XRA_FUZZ_TARGETS
    powerbi_workspaces
    powerbi_datasets
    powerbi_datasources
    powerbi_refresh_history
    powerbi_refresh_schedule
    powerbi_gateway
    service_error
    oauth_token_answer
    xero_connections
    redirect_check
    loopback_request
    command_line
)
