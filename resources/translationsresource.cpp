// The translations library holds only the compiled .qm files (see CMakeLists.txt).
