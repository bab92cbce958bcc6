module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<15xf32>, %arg2: tensor<15xf32>, %arg3: tensor<15xf32>, %arg4: tensor<15xf32>, %arg5: tensor<15xf32>, %arg6: tensor<f32>, %arg7: tensor<i32> {iree.abi.output = 0 : index}, %arg8: tensor<15xf32> {iree.abi.output = 1 : index}, %arg9: tensor<15xf32> {iree.abi.output = 2 : index}, %arg10: tensor<15xf32> {iree.abi.output = 3 : index}, %arg11: tensor<15xf32> {iree.abi.output = 4 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<15xf32> {jax.result_info = "result[1]"}, tensor<15xf32> {jax.result_info = "result[2]"}, tensor<15xf32> {jax.result_info = "result[3]"}, tensor<15xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %0 = call @floor_divide(%arg0, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg0, %c_0 : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %2 = call @remainder(%1, %c_1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare EQ, %2, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %5 = stablehlo.divide %arg5, %4 : tensor<15xf32>
    %6 = stablehlo.add %5, %arg4 : tensor<15xf32>
    %cst_3 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %8 = stablehlo.divide %6, %7 : tensor<15xf32>
    %9 = call @_where_0(%3, %8, %5) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %11 = call @_where_0(%3, %10, %6) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %12 = chlo.square %9 : tensor<15xf32> -> tensor<15xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_5) applies stablehlo.add across dimensions = [0] : (tensor<15xf32>, tensor<f32>) -> tensor<f32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.reduce(%14 init: %cst_6) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %16 = stablehlo.sqrt %15 : tensor<f32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %17 = stablehlo.divide %cst_7, %16 : tensor<f32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %18 = stablehlo.minimum %17, %cst_8 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %19 = stablehlo.multiply %cst_9, %18 : tensor<f32>
    %20 = stablehlo.subtract %16, %16 : tensor<f32>
    %21 = stablehlo.add %19, %20 : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %23 = stablehlo.multiply %9, %22 : tensor<15xf32>
    %c_10 = stablehlo.constant dense<1> : tensor<i32>
    %24 = stablehlo.add %0, %c_10 : tensor<i32>
    %25 = stablehlo.convert %24 : (tensor<i32>) -> tensor<f32>
    %cst_11 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %26 = stablehlo.abs %cst_11 : tensor<f32>
    %27 = stablehlo.power %26, %25 : tensor<f32>
    %28 = stablehlo.floor %25 : tensor<f32>
    %29 = stablehlo.compare EQ, %28, %25, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %30 = stablehlo.abs %25 : tensor<f32>
    %c_12 = stablehlo.constant dense<2> : tensor<i32>
    %31 = call @remainder_1(%30, %c_12) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_13 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %32 = stablehlo.compare EQ, %31, %cst_13, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %33 = stablehlo.and %29, %32 : tensor<i1>
    %cst_14 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %34 = stablehlo.compare LT, %cst_14, %cst_15, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %35 = stablehlo.and %34, %33 : tensor<i1>
    %36 = stablehlo.negate %27 : tensor<f32>
    %37 = call @_where_2(%35, %36, %27) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_16 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.compare LT, %cst_16, %cst_17, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %39 = stablehlo.not %29 : tensor<i1>
    %40 = stablehlo.and %38, %39 : tensor<i1>
    %cst_18 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %41 = stablehlo.power %cst_18, %25 : tensor<f32>
    %42 = call @_where_2(%40, %41, %37) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %43 = stablehlo.compare EQ, %25, %cst_19, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %44 = call @_where_2(%43, %cst_20, %42) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_21 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %45 = stablehlo.abs %cst_21 : tensor<f32>
    %46 = stablehlo.power %45, %25 : tensor<f32>
    %47 = stablehlo.floor %25 : tensor<f32>
    %48 = stablehlo.compare EQ, %47, %25, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %49 = stablehlo.abs %25 : tensor<f32>
    %c_22 = stablehlo.constant dense<2> : tensor<i32>
    %50 = call @remainder_1(%49, %c_22) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %51 = stablehlo.compare EQ, %50, %cst_23, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %52 = stablehlo.and %48, %51 : tensor<i1>
    %cst_24 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %53 = stablehlo.compare LT, %cst_24, %cst_25, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %54 = stablehlo.and %53, %52 : tensor<i1>
    %55 = stablehlo.negate %46 : tensor<f32>
    %56 = call @_where_2(%54, %55, %46) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_26 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %57 = stablehlo.compare LT, %cst_26, %cst_27, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %58 = stablehlo.not %48 : tensor<i1>
    %59 = stablehlo.and %57, %58 : tensor<i1>
    %cst_28 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %60 = stablehlo.power %cst_28, %25 : tensor<f32>
    %61 = call @_where_2(%59, %60, %56) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %62 = stablehlo.compare EQ, %25, %cst_29, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_30 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %63 = call @_where_2(%62, %cst_30, %61) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_31 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %64 = stablehlo.subtract %cst_31, %63 : tensor<f32>
    %65 = stablehlo.sqrt %64 : tensor<f32>
    %66 = stablehlo.multiply %arg6, %65 : tensor<f32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %67 = stablehlo.subtract %cst_32, %44 : tensor<f32>
    %68 = stablehlo.divide %66, %67 : tensor<f32>
    %69 = stablehlo.subtract %23, %arg2 : tensor<15xf32>
    %cst_33 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %71 = stablehlo.multiply %69, %70 : tensor<15xf32>
    %72 = stablehlo.add %arg2, %71 : tensor<15xf32>
    %73 = chlo.square %23 : tensor<15xf32> -> tensor<15xf32>
    %74 = stablehlo.subtract %73, %arg3 : tensor<15xf32>
    %cst_34 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %76 = stablehlo.multiply %74, %75 : tensor<15xf32>
    %77 = stablehlo.add %arg3, %76 : tensor<15xf32>
    %78 = stablehlo.broadcast_in_dim %68, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %79 = stablehlo.multiply %72, %78 : tensor<15xf32>
    %80 = stablehlo.sqrt %77 : tensor<15xf32>
    %cst_35 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %82 = stablehlo.add %80, %81 : tensor<15xf32>
    %83 = stablehlo.divide %79, %82 : tensor<15xf32>
    %84 = stablehlo.subtract %arg1, %83 : tensor<15xf32>
    %85 = call @_where_0(%3, %84, %arg1) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %86 = call @_where_0(%3, %72, %arg2) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %87 = call @_where_0(%3, %77, %arg3) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %c_36 = stablehlo.constant dense<1> : tensor<i32>
    %88 = stablehlo.add %arg0, %c_36 : tensor<i32>
    return %88, %85, %86, %87, %11 : tensor<i32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>
  }
  func.func private @floor_divide(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.divide %arg0, %0 : tensor<i32>
    %2 = stablehlo.sign %arg0 : tensor<i32>
    %3 = stablehlo.sign %0 : tensor<i32>
    %4 = stablehlo.compare NE, %2, %3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.remainder %arg0, %0 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare NE, %5, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.and %4, %6 : tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %8 = stablehlo.subtract %1, %c_0 : tensor<i32>
    %9 = call @_where(%7, %8, %1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    return %9 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where_0(%arg0: tensor<i1>, %arg1: tensor<15xf32>, %arg2: tensor<15xf32>) -> tensor<15xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<15xf32>
    return %0 : tensor<15xf32>
  }
  func.func private @remainder_1(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f32>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f32>
    return %8 : tensor<f32>
  }
  func.func private @_where_2(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
}
