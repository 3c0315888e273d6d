// SPDX-License-Identifier: Apache-2.0
// Built with the whole of wn-core and nothing else (see CMakeLists.txt): it links only while core
// uses no symbol of a module. It is never installed or run.
int main()
{
    return 0;
}
