// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Sentence roles on the command line: the JSON report's "roles" (what each clause does,
// in UTF-16 offsets, with the relationships a claim implies) and --explain in text.
#include "cli_support.hpp"

using namespace overture::clitest;

namespace {
const std::string kNote =
    "Hi Marta, it was such a pleasure working with you on the Kestrel rollout. 🚀 I'm now "
    "leading automation at a grocery chain and would love to stay in touch.";

// The first role entry with this id, or null.
const nlohmann::json* roleNamed(const nlohmann::json& report, const std::string& id) {
    for (const auto& r : report.at("roles"))
        if (r.at("role") == id)
            return &r;
    return nullptr;
}
} // namespace

TEST_CASE("cli: the JSON report carries each clause's role, in UTF-16 offsets") {
    const Run r = lint(
        {"--name", "Marta", "--relationship", "never-interacted", "--format", "json", "-"}, kNote);
    INFO(r.out << r.err);
    const nlohmann::json report = r.json();
    REQUIRE(report.contains("roles"));
    for (const char* id : {"greeting", "shared-past", "reason", "ask"})
        CHECK_MESSAGE(roleNamed(report, id) != nullptr, id);
    const nlohmann::json* claim = roleNamed(report, "shared-past");
    REQUIRE(claim != nullptr);
    CHECK(claim->at("implies") == nlohmann::json::array({"worked-together"}));
    CHECK(claim->at("text").get<std::string>().find("working with you") != std::string::npos);
    // After the rocket (two UTF-16 units, four bytes) offsets are UTF-16 units, as the
    // editor and JavaScript count them.
    const nlohmann::json* reason = roleNamed(report, "reason");
    REQUIRE(reason != nullptr);
    const std::u16string utf16 =
        u"Hi Marta, it was such a pleasure working with you on the Kestrel "
        u"rollout. 🚀 I'm now leading";
    CHECK(reason->at("start").get<std::size_t>() == utf16.find(u"I'm now leading"));
}

TEST_CASE("cli: --explain prints each clause with its role; without it, no roles") {
    const Run explained =
        lint({"--name", "Marta", "--relationship", "never-interacted", "--explain", "-"}, kNote);
    INFO(explained.out << explained.err);
    CHECK(explained.out.find("roles:") != std::string::npos);
    CHECK(explained.out.find("shared-past (worked-together)") != std::string::npos);
    CHECK(explained.out.find("greeting") != std::string::npos);
    const Run plain = lint({"--name", "Marta", "--relationship", "never-interacted", "-"}, kNote);
    CHECK(plain.out.find("roles:") == std::string::npos);
}

TEST_CASE("cli: --explain shows an honest 'we haven't met' as how the two know each other") {
    const Run r = lint({"--name", "Ola", "--relationship", "never-interacted", "--explain", "-"},
                       "Ola, we haven't met, but your thread on kiln temperatures saved my first "
                       "firing. I'm opening a pottery studio in Bergen and would like to connect.");
    INFO(r.out << r.err);
    CHECK(r.out.find("shared-past") != std::string::npos);
    CHECK(r.out.find("[false-relationship]") == std::string::npos);
}
