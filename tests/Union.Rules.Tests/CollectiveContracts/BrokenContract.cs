namespace Union.Rules.Tests.CollectiveContracts;

/// <summary>A contract that breaks many rules at once: late reply, short quorum, one vote short, signed before approval, filed late, outsider chief.</summary>
internal static class BrokenContract
{
    internal const string Json = """
    {
      "kind": "special",
      "employer": { "name": "示例", "region": "110000", "headcount": 80, "legalRepresentative": "m1" },
      "union": { "exists": true, "chair": "e1" },
      "request": { "by": "employee", "sent": "2026-03-02", "received": "2026-03-03", "replied": "2026-03-24", "replyInWriting": true },
      "negotiators": [
        { "id": "x1", "side": "employee", "external": true, "chief": true },
        { "id": "e2", "side": "employee", "external": false },
        { "id": "x3", "side": "employee", "external": true },
        { "id": "m1", "side": "employer", "external": false, "chief": true },
        { "id": "e2", "side": "employer", "external": false }
      ],
      "approval": { "body": "workersCongress", "bodySize": 30, "present": 19, "inFavour": 14, "date": "2026-04-20" },
      "signing": { "date": "2026-04-17", "employeeChief": true, "employerChief": true },
      "filing": { "sent": "2026-05-07", "received": "2026-05-08" },
      "review": { "objection": false },
      "term": { "start": "2026-06-01", "end": "2030-05-31" },
      "clauses": {
        "wageStandards": [ { "grade": "学徒", "monthly": 2539.99 } ],
        "workingTime": { "system": "standard", "dailyHours": 9, "weeklyHours": 45, "overtimeMonthlyHours": 40 },
        "overtimePay": { "workday": 1.2, "restDay": 2, "holiday": 3 }
      }
    }
    """;
}
